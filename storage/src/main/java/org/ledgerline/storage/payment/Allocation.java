package org.ledgerline.storage.payment;

import java.math.BigDecimal;
import java.util.Objects;

/** The part of a payment applied to one invoice. */
public record Allocation(long invoiceId, BigDecimal amount) {
    public Allocation {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new IllegalArgumentException("An allocation is a positive amount with at most two decimals");
        }
    }
}
