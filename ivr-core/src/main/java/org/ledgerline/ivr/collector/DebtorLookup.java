package org.ledgerline.ivr.collector;

import java.util.Optional;

/**
 * Port: which customer and debt a collector's call is about. The ledger adapter reads the customers'
 * phone numbers and accounts; tests use a map. Numbers are given as ten NANP digits.
 */
public interface DebtorLookup {

    /** The customer a call reaches and the account (debt) it is about. */
    record Debtor(long customerId, long accountId) {}

    /**
     * The customer whose number this is and the account a call to it is about. When the customer has
     * several open accounts, the adapter answers with the one the collector's worklist puts first;
     * empty when the number belongs to no customer.
     */
    Optional<Debtor> byPhoneNumber(String nanpDigits);

    /**
     * The customer of {@code accountId} (a click-to-dial names the account), provided
     * {@code nanpDigits} is one of that customer's numbers: a click-to-dial never reaches a number
     * that is not the account holder's. Empty when the account is unknown or the number is not theirs.
     */
    Optional<Debtor> byAccount(long accountId, String nanpDigits);
}
