package org.ledgerline.storage.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A payment taken on the call (authorised or captured): a customer who says "I will pay two hundred
 * today" and pays by card on the same call kept the promise there and then, and nothing is missing
 * from the ledger.
 *
 * @param confirmationNumber what the caller was told, or null while the gateway has not confirmed it
 * @param paidOn the day of the payment in the customer's time zone, the calendar spoken dates use
 */
public record LedgerPaymentLine(long id, @Nullable String confirmationNumber, BigDecimal amount, String currency,
        LocalDate paidOn, String status) {

    /**
     * Whether this payment keeps {@code spoken}: the amount, where said, is this one, and the date, where
     * said, is not before the payment (paying early keeps a promise for Friday).
     */
    public boolean keeps(SpokenPromiseLine spoken) {
        return (spoken.amount() == null || spoken.amount().compareTo(amount) == 0)
                && (spoken.date() == null || !spoken.date().isBefore(paidOn));
    }
}
