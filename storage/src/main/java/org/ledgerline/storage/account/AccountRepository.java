package org.ledgerline.storage.account;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds accounts and keeps their PIN-failure counters and lock, which survive across calls. */
public interface AccountRepository {

    Optional<Account> findByAccountNumber(String accountNumber);

    Optional<Account> findById(long accountId);

    /** Accounts of the customer(s) with this phone number on file (digits only, as dialled). */
    List<Account> findByPhoneNumber(@Nullable String phoneNumber);

    /**
     * Counts one wrong PIN, once per {@code idempotencyKey}. When the count reaches {@code
     * lockThreshold} the account is locked and an {@code ACCOUNT_LOCKED} audit entry (carrying the
     * same key) is written in the same transaction. Presenting the key again changes nothing and
     * audits nothing: a retried write lands once.
     *
     * @param idempotencyKey the call's key for this one attempt ({@code <callId>/<purpose>/<n>})
     * @return the account as it is after the update (or, for a retried key, as it is now)
     * @throws org.ledgerline.storage.jdbc.IdempotencyConflictException if the key already records
     *     a different write (another account, or a correct PIN)
     */
    Account recordFailedPin(long accountId, int lockThreshold, String callId, String idempotencyKey);

    /**
     * A correct PIN resets the failure counter (a locked account stays locked), once per {@code
     * idempotencyKey}: a retried reset cannot wipe failures counted since the first one landed.
     *
     * @throws org.ledgerline.storage.jdbc.IdempotencyConflictException if the key already records
     *     a different write
     */
    void recordSuccessfulPin(long accountId, String callId, String idempotencyKey);
}
