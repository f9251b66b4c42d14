package org.ledgerline.storage.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One invoice on an account. Money is {@link BigDecimal} in {@code currency}, never floating point. */
public record Invoice(
        long id,
        long accountId,
        String invoiceNumber,
        String currency,
        BigDecimal amount,
        BigDecimal openBalance,
        LocalDate issuedOn,
        LocalDate dueOn,
        InvoiceStatus status) {

    /** Days past due as of {@code today} (the customer's local date); 0 when not yet due. */
    public long daysPastDue(LocalDate today) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, today));
    }
}
