package org.ledgerline.ivr.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.account.AccountRepository;

/** Accounts in memory, with the lock rule of the real repository and a log of PIN outcomes to verify. */
public final class InMemoryAccountRepository implements AccountRepository {
    private final InMemoryLedger ledger;
    private final InMemoryAuditLog auditLog;
    private final Clock clock;
    private final List<FailedPin> failedPins = new ArrayList<>();
    private final List<Long> successfulPins = new ArrayList<>();

    InMemoryAccountRepository(InMemoryLedger ledger, InMemoryAuditLog auditLog, Clock clock) {
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One {@link #recordFailedPin} call as the flow made it. */
    public record FailedPin(long accountId, int lockThreshold, String callId) {}

    public synchronized List<FailedPin> failedPins() {
        return List.copyOf(failedPins);
    }

    public synchronized List<Long> successfulPins() {
        return List.copyOf(successfulPins);
    }

    @Override
    public Optional<Account> findByAccountNumber(String accountNumber) {
        ledger.requireUp();
        return ledger.accounts.values().stream().filter(a -> a.accountNumber().equals(accountNumber)).findFirst();
    }

    @Override
    public Optional<Account> findById(long accountId) {
        ledger.requireUp();
        return Optional.ofNullable(ledger.accounts.get(accountId));
    }

    @Override
    public List<Account> findByPhoneNumber(String phoneNumber) {
        ledger.requireUp();
        return ledger.accounts.values().stream()
                .filter(a -> ledger.customers.get(a.customerId()).phoneNumbers().contains(phoneNumber))
                .sorted(Comparator.comparingLong(Account::id))
                .toList();
    }

    @Override
    public synchronized Account recordFailedPin(long accountId, int lockThreshold, String callId) {
        ledger.requireUp();
        failedPins.add(new FailedPin(accountId, lockThreshold, callId));
        Account before = ledger.accounts.get(accountId);
        int failures = before.failedPinAttempts() + 1;
        boolean locks = !before.isLocked() && failures >= lockThreshold;
        Account after = new Account(before.id(), before.customerId(), before.accountNumber(), before.currency(),
                before.pinHash(), failures, locks ? clock.instant() : before.lockedAt());
        ledger.accounts.put(accountId, after);
        if (locks) {
            auditLog.append("ivr", "ACCOUNT_LOCKED", "account", Long.toString(accountId), callId,
                    failures + " wrong PINs in a row");
        }
        return after;
    }

    @Override
    public synchronized void recordSuccessfulPin(long accountId) {
        ledger.requireUp();
        successfulPins.add(accountId);
        Account before = ledger.accounts.get(accountId);
        ledger.accounts.put(accountId, new Account(before.id(), before.customerId(), before.accountNumber(),
                before.currency(), before.pinHash(), 0, before.lockedAt()));
    }
}
