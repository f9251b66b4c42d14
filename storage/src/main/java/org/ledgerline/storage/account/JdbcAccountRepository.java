package org.ledgerline.storage.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/**
 * Accounts from table {@code accounts}; caller-ID lookup through {@code customer_phone_numbers}.
 * Each PIN outcome a call reports is a row of {@code pin_attempts} under the call's idempotency key,
 * and the counter and lock change only when that row is new, so a retried write lands once.
 */
public final class JdbcAccountRepository implements AccountRepository {
    /** Audit action written when a wrong PIN locks an account. */
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";

    private static final String COLUMNS = "a.id, a.customer_id, a.account_number, a.currency, a.pin_hash, "
            + "a.failed_pin_attempts, a.locked_at";

    private static final String FIND_BY_NUMBER = """
            select %s
              from accounts a
             where a.account_number = ?
            """.formatted(COLUMNS);

    private static final String FIND_BY_ID = """
            select %s
              from accounts a
             where a.id = ?
            """.formatted(COLUMNS);

    private static final String FIND_BY_PHONE = """
            select %s
              from accounts a
              join customer_phone_numbers p on p.customer_id = a.customer_id
             where p.phone_number = ?
             order by a.account_number
            """.formatted(COLUMNS);

    /*
     * Every PIN write starts here: it serialises the writes on one account (two calls' failures, or
     * a write and its own retry) and reads the state they start from. NO KEY UPDATE is the lock the
     * UPDATE below takes anyway, and unlike FOR UPDATE it does not block other calls inserting rows
     * that merely reference the account (payments, promises).
     */
    private static final String LOCK_ACCOUNT = """
            select %s
              from accounts a
             where a.id = ?
               for no key update
            """.formatted(COLUMNS);

    private static final String INSERT_ATTEMPT = """
            insert into pin_attempts (idempotency_key, account_id, call_id, outcome)
            values (?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            returning id
            """;

    private static final String FIND_ATTEMPT = """
            select account_id, outcome
              from pin_attempts
             where idempotency_key = ?
            """;

    private static final String COUNT_FAILED_PIN = """
            update accounts a
               set failed_pin_attempts = a.failed_pin_attempts + 1,
                   locked_at = case
                       when a.locked_at is null and a.failed_pin_attempts + 1 >= ? then now()
                       else a.locked_at
                   end
             where a.id = ?
            returning %s
            """.formatted(COLUMNS);

    private static final String RESET_FAILED_PINS = """
            update accounts
               set failed_pin_attempts = 0
             where id = ?
            """;

    private final Jdbc jdbc;
    private final AuditLog audit;

    public JdbcAccountRepository(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Account> findByAccountNumber(String accountNumber) {
        return jdbc.queryOptional("find an account by number", FIND_BY_NUMBER, JdbcAccountRepository::account,
                accountNumber);
    }

    @Override
    public Optional<Account> findById(long accountId) {
        return jdbc.queryOptional("find an account", FIND_BY_ID, JdbcAccountRepository::account, accountId);
    }

    /** Strips everything but digits first, so {@code (555) 100-1} matches {@code 5551001}. */
    @Override
    public List<Account> findByPhoneNumber(@Nullable String phoneNumber) {
        String digits = phoneNumber == null ? "" : phoneNumber.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return List.of();
        }
        return jdbc.query("find accounts by phone number", FIND_BY_PHONE, JdbcAccountRepository::account, digits);
    }

    /**
     * Locks the account row, then records the attempt; only a new attempt counts, locks and
     * audits. A retried key finds its attempt already there and returns the account unchanged.
     */
    @Override
    public Account recordFailedPin(long accountId, int lockThreshold, String callId, String idempotencyKey) {
        if (lockThreshold < 1) {
            throw new IllegalArgumentException("lockThreshold must be at least 1");
        }
        requireKey(idempotencyKey);
        return jdbc.inTransaction("record a failed PIN", () -> {
            Account before = lockAccount("record a failed PIN", accountId);
            if (!recordAttempt(idempotencyKey, accountId, callId, Outcome.FAILED)) {
                return before;
            }
            Account after = jdbc.queryOne(
                    "count a failed PIN", COUNT_FAILED_PIN, JdbcAccountRepository::account, lockThreshold, accountId);
            if (!before.isLocked() && after.isLocked()) {
                audit.appendOnce(
                        idempotencyKey,
                        "ivr",
                        ACCOUNT_LOCKED,
                        "account",
                        Long.toString(accountId),
                        callId,
                        "Locked after " + after.failedPinAttempts() + " failed PIN attempts");
            }
            return after;
        });
    }

    @Override
    public void recordSuccessfulPin(long accountId, String callId, String idempotencyKey) {
        requireKey(idempotencyKey);
        jdbc.inTransaction("record a correct PIN", () -> {
            lockAccount("record a correct PIN", accountId);
            if (recordAttempt(idempotencyKey, accountId, callId, Outcome.PASSED)) {
                jdbc.update("reset the failed-PIN counter", RESET_FAILED_PINS, accountId);
            }
        });
    }

    private Account lockAccount(String operation, long accountId) {
        return jdbc.queryOptional(operation, LOCK_ACCOUNT, JdbcAccountRepository::account, accountId)
                .orElseThrow(() -> new StorageException("Cannot " + operation + ": no such account"));
    }

    /** True if this key is new; false for a retry of the same attempt; a conflict if the key meant something else. */
    private boolean recordAttempt(String idempotencyKey, long accountId, String callId, Outcome outcome) {
        Optional<Long> inserted = jdbc.queryOptional("record a PIN attempt", INSERT_ATTEMPT, row -> row.getLong(1),
                idempotencyKey, accountId, callId, outcome.name());
        if (inserted.isPresent()) {
            return true;
        }
        Attempt earlier = jdbc.queryOne("find a PIN attempt", FIND_ATTEMPT,
                row -> new Attempt(row.getLong("account_id"), Outcome.valueOf(row.getString("outcome"))),
                idempotencyKey);
        if (earlier.accountId() != accountId || earlier.outcome() != outcome) {
            throw new IdempotencyConflictException("PIN attempt");
        }
        return false;
    }

    private static void requireKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A PIN attempt needs an idempotency key");
        }
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(
                row.getLong("id"),
                row.getLong("customer_id"),
                row.getString("account_number"),
                row.getString("currency"),
                row.getString("pin_hash"),
                row.getInt("failed_pin_attempts"),
                Jdbc.instant(row, "locked_at"));
    }

    /** The values of {@code pin_attempts.outcome}. */
    private enum Outcome {
        FAILED, PASSED
    }

    private record Attempt(long accountId, Outcome outcome) {}
}
