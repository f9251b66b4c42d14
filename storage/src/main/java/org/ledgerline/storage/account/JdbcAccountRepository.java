package org.ledgerline.storage.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/** Accounts from table {@code accounts}; caller-ID lookup through {@code customer_phone_numbers}. */
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
     * One statement: the CTE locks the row and remembers whether it was already locked, the UPDATE
     * counts the failure and locks at the threshold. Concurrent failures from two calls serialise
     * on the row lock, so exactly one of them sees newly_locked.
     */
    private static final String RECORD_FAILED_PIN = """
            with before as (
                select id, locked_at
                  from accounts
                 where id = ?
                   for update
            )
            update accounts a
               set failed_pin_attempts = a.failed_pin_attempts + 1,
                   locked_at = case
                       when a.locked_at is null and a.failed_pin_attempts + 1 >= ? then now()
                       else a.locked_at
                   end
              from before b
             where a.id = b.id
            returning %s, (b.locked_at is null and a.locked_at is not null) as newly_locked
            """.formatted(COLUMNS);

    private static final String RECORD_SUCCESSFUL_PIN = """
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
        return jdbc.queryOptional("find an account by number", FIND_BY_NUMBER, JdbcAccountRepository::account, accountNumber);
    }

    @Override
    public Optional<Account> findById(long accountId) {
        return jdbc.queryOptional("find an account", FIND_BY_ID, JdbcAccountRepository::account, accountId);
    }

    /** Strips everything but digits first, so {@code (555) 100-1} matches {@code 5551001}. */
    @Override
    public List<Account> findByPhoneNumber(String phoneNumber) {
        String digits = phoneNumber == null ? "" : phoneNumber.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return List.of();
        }
        return jdbc.query("find accounts by phone number", FIND_BY_PHONE, JdbcAccountRepository::account, digits);
    }

    @Override
    public Account recordFailedPin(long accountId, int lockThreshold, String callId) {
        if (lockThreshold < 1) {
            throw new IllegalArgumentException("lockThreshold must be at least 1");
        }
        return jdbc.inTransaction("record a failed PIN", () -> {
            FailedPin result = jdbc.queryOptional(
                            "record a failed PIN", RECORD_FAILED_PIN, JdbcAccountRepository::failedPin, accountId, lockThreshold)
                    .orElseThrow(() -> new StorageException("Cannot record a failed PIN: no such account"));
            if (result.newlyLocked()) {
                audit.append(
                        "ivr",
                        ACCOUNT_LOCKED,
                        "account",
                        Long.toString(accountId),
                        callId,
                        "Locked after " + result.account().failedPinAttempts() + " failed PIN attempts");
            }
            return result.account();
        });
    }

    @Override
    public void recordSuccessfulPin(long accountId) {
        int updated = jdbc.update("reset the failed-PIN counter", RECORD_SUCCESSFUL_PIN, accountId);
        if (updated == 0) {
            throw new StorageException("Cannot reset the failed-PIN counter: no such account");
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

    private static FailedPin failedPin(ResultSet row) throws SQLException {
        return new FailedPin(account(row), row.getBoolean("newly_locked"));
    }

    private record FailedPin(Account account, boolean newlyLocked) {}
}
