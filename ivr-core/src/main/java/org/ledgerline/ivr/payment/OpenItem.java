package org.ledgerline.ivr.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice as the {@link AllocationPolicy} sees it: its id, due date and what is still open. The
 * flow maps the ledger's invoices onto these (all in the payment's currency), so the policy needs no
 * storage types.
 */
public record OpenItem(long invoiceId, LocalDate dueOn, BigDecimal openBalance) {
    public OpenItem {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(openBalance, "openBalance");
    }
}
