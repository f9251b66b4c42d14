package org.ledgerline.storage.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A promise to pay logged in the ledger for a call. */
public record LedgerPromiseLine(long id, String referenceNumber, BigDecimal amount, String currency,
        LocalDate promisedFor, String status) {

    /** Whether {@code spoken} says the same thing: its amount and date, where it names them, are this one's. */
    public boolean agreesWith(SpokenPromiseLine spoken) {
        return (spoken.amount() == null || spoken.amount().compareTo(amount) == 0)
                && (spoken.date() == null || spoken.date().equals(promisedFor));
    }
}
