package org.ledgerline.ivr.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.account.AccountRepository;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;

/**
 * Accounts in memory, with the lock rule and the once-per-key idempotency of the real repository,
 * and a log of every PIN write the flow made (retries included) to verify.
 */
public final class InMemoryAccountRepository implements AccountRepository {
    private final InMemoryLedger ledger;
    private final InMemoryAuditLog auditLog;
    private final Clock clock;
    private final List<FailedPin> failedPins = new ArrayList<>();
    private final List<SuccessfulPin> successfulPins = new ArrayList<>();
    /** What each landed key recorded, as the real repository's {@code pin_attempts} rows do. */
    private final Map<String, Landed> landed = new HashMap<>();

    InMemoryAccountRepository(InMemoryLedger ledger, InMemoryAuditLog auditLog, Clock clock) {
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One {@link #recordFailedPin} call as the flow made it. */
    public record FailedPin(long accountId, int lockThreshold, String callId, String idempotencyKey) {}

    /** One {@link #recordSuccessfulPin} call as the flow made it. */
    public record SuccessfulPin(long accountId, String callId, String idempotencyKey) {}

    public synchronized List<FailedPin> failedPins() {
        return List.copyOf(failedPins);
    }

    public synchronized List<SuccessfulPin> successfulPins() {
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
    public List<Account> findByPhoneNumber(@Nullable String phoneNumber) {
        ledger.requireUp();
        return ledger.accounts.values().stream()
                .filter(a -> ledger.customers.get(a.customerId()).phoneNumbers().contains(phoneNumber))
                .sorted(Comparator.comparingLong(Account::id))
                .toList();
    }

    @Override
    public synchronized Account recordFailedPin(long accountId, int lockThreshold, String callId,
            String idempotencyKey) {
        ledger.requireUp();
        FailedPin write = new FailedPin(accountId, lockThreshold, callId, idempotencyKey);
        failedPins.add(write);
        Account before = ledger.accounts.get(accountId);
        if (!lands(idempotencyKey, new Landed(accountId, true))) {
            return before;
        }
        int failures = before.failedPinAttempts() + 1;
        boolean locks = !before.isLocked() && failures >= lockThreshold;
        Account after = new Account(before.id(), before.customerId(), before.accountNumber(), before.currency(),
                before.pinHash(), failures, locks ? clock.instant() : before.lockedAt());
        ledger.accounts.put(accountId, after);
        if (locks) {
            auditLog.appendOnce(idempotencyKey, "ivr", "ACCOUNT_LOCKED", "account", Long.toString(accountId), callId,
                    failures + " wrong PINs in a row");
        }
        return after;
    }

    @Override
    public synchronized void recordSuccessfulPin(long accountId, String callId, String idempotencyKey) {
        ledger.requireUp();
        SuccessfulPin write = new SuccessfulPin(accountId, callId, idempotencyKey);
        successfulPins.add(write);
        if (!lands(idempotencyKey, new Landed(accountId, false))) {
            return;
        }
        Account before = ledger.accounts.get(accountId);
        ledger.accounts.put(accountId, new Account(before.id(), before.customerId(), before.accountNumber(),
                before.currency(), before.pinHash(), 0, before.lockedAt()));
    }

    /** True for a new key; false for a retry of the same write; a conflict when the key meant another write. */
    private boolean lands(String idempotencyKey, Landed write) {
        Landed earlier = landed.putIfAbsent(idempotencyKey, write);
        if (earlier == null) {
            return true;
        }
        if (!earlier.equals(write)) {
            throw new IdempotencyConflictException("PIN attempt");
        }
        return false;
    }

    private record Landed(long accountId, boolean failed) {}
}
