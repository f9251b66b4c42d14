package org.ledgerline.ivr.account;

import java.util.List;
import java.util.Optional;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.account.AccountRepository;
import org.ledgerline.storage.account.PinHasher;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.customer.CustomerRepository;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account rules a call needs: which account a caller ID points to, whether a PIN proves an
 * account (counting wrong PINs across calls and locking), and the account's customer and open
 * invoices. Ledger failures propagate as {@link org.ledgerline.storage.jdbc.StorageException}s.
 *
 * <p>An unknown account number, a locked account and a wrong PIN all give the same answer, and
 * take about as long (each costs one PIN hash check), so a caller cannot probe which it was.
 *
 * <p>Each counted outcome is a ledger write keyed per attempt ({@code <callId>/pin-failure/<n>},
 * {@code <callId>/pin-success/<n>}), so a retried write, or the same call replayed, counts once.
 */
public final class AccountService {
    /** Idempotency-key purpose of a wrong PIN counted against an account. */
    public static final String PIN_FAILURE_PURPOSE = "pin-failure";
    /** Idempotency-key purpose of a correct PIN resetting an account's failure counter. */
    public static final String PIN_SUCCESS_PURPOSE = "pin-success";

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final CustomerRepository customers;
    private final InvoiceRepository invoices;
    private final PinChecks pinChecks;
    private final int lockThreshold;
    private final String decoyHash;

    public AccountService(
            AccountRepository accounts,
            CustomerRepository customers,
            InvoiceRepository invoices,
            PinHasher pinHasher,
            int lockThreshold) {
        this.accounts = accounts;
        this.customers = customers;
        this.invoices = invoices;
        this.pinChecks = new PinChecks(pinHasher);
        this.lockThreshold = lockThreshold;
        // Checked against when the account number is unknown, so that case costs the same as a real check.
        this.decoyHash = pinChecks.hash("decoy-not-a-pin");
    }

    /** The one account on file for this caller ID; empty when withheld, unknown or shared by several accounts. */
    public Optional<Account> singleAccountForCallerId(String callerId) {
        String digits = callerId == null ? "" : callerId.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        List<Account> found = accounts.findByPhoneNumber(digits);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** The account if {@code pin} proves {@code accountNumber}; a failure is counted against a known account. */
    public Optional<Account> verify(String accountNumber, String pin, CallSession session) {
        Optional<Account> account = accounts.findByAccountNumber(accountNumber);
        if (account.isEmpty()) {
            pinChecks.matches(pin, decoyHash);
            log.info("identification failed: no such account number");
            return Optional.empty();
        }
        return verify(account.get().id(), pin, session);
    }

    /**
     * The account if {@code pin} proves it. Reads the account afresh: its lock may have been set
     * since it was looked up (by this very call's earlier tries, or another call). The key of a
     * write is drawn only once its outcome is known, so unknown and locked accounts use up none.
     */
    public Optional<Account> verify(long accountId, String pin, CallSession session) {
        Optional<Account> found = accounts.findById(accountId);
        if (found.isEmpty()) {
            pinChecks.matches(pin, decoyHash);
            log.info("identification failed: account {} has gone", accountId);
            return Optional.empty();
        }
        Account account = found.get();
        boolean pinMatches = pinChecks.matches(pin, account.pinHash());
        if (account.isLocked()) {
            log.info("identification failed: account {} is locked", accountId);
            return Optional.empty();
        }
        if (!pinMatches) {
            Account after = accounts.recordFailedPin(accountId, lockThreshold, session.callId(),
                    session.nextIdempotencyKey(PIN_FAILURE_PURPOSE));
            log.info("identification failed: wrong PIN for account {} ({} in a row{})",
                    accountId, after.failedPinAttempts(), after.isLocked() ? ", now locked" : "");
            return Optional.empty();
        }
        accounts.recordSuccessfulPin(accountId, session.callId(), session.nextIdempotencyKey(PIN_SUCCESS_PURPOSE));
        log.info("caller identified as account {}", accountId);
        return Optional.of(account);
    }

    /** The account with this id, for flows that learn it from the switch rather than from the caller. */
    public Optional<Account> findAccount(long accountId) {
        return accounts.findById(accountId);
    }

    public Customer customerOf(Account account) {
        return customers.findById(account.customerId())
                .orElseThrow(() -> new IllegalStateException(
                        "account " + account.id() + " names customer " + account.customerId()
                                + ", who is not in the ledger"));
    }

    /** Open invoices (disputed ones included), oldest due date first. */
    public List<Invoice> openInvoices(long accountId) {
        return invoices.findOpenInvoices(accountId);
    }
}
