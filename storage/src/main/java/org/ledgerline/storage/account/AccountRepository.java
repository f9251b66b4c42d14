package org.ledgerline.storage.account;

import java.util.List;
import java.util.Optional;

/** Finds accounts and keeps their PIN-failure counters and lock, which survive across calls. */
public interface AccountRepository {

    Optional<Account> findByAccountNumber(String accountNumber);

    Optional<Account> findById(long accountId);

    /** Accounts of the customer(s) with this phone number on file (digits only, as dialled). */
    List<Account> findByPhoneNumber(String phoneNumber);

    /**
     * Counts one wrong PIN. When the count reaches {@code lockThreshold} the account is locked and
     * an {@code ACCOUNT_LOCKED} audit entry is written in the same transaction.
     *
     * @return the account as it is after the update
     */
    Account recordFailedPin(long accountId, int lockThreshold, String callId);

    /** A correct PIN resets the failure counter (a locked account stays locked). */
    void recordSuccessfulPin(long accountId);
}
