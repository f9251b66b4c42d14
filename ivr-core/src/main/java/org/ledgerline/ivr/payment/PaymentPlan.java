package org.ledgerline.ivr.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the caller agreed to pay and how it will be split over invoices, decided by the
 * {@link AllocationPolicy} before the card is asked for, so the read-back and the ledger agree.
 * The lines always add up to the amount: flows cap amounts at what is open.
 */
public record PaymentPlan(PaymentAmount amount, List<Allocation.Line> lines) {

    public PaymentPlan {
        Objects.requireNonNull(amount, "amount");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a payment plan pays at least one invoice");
        }
        BigDecimal sum = lines.stream().map(Allocation.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(amount.value()) != 0) {
            throw new IllegalArgumentException("a payment plan's lines must add up to its amount");
        }
    }

    /** The plan for {@code amount} split as {@code allocation} says; refuses a leftover. */
    static PaymentPlan of(PaymentAmount amount, Allocation allocation) {
        if (allocation.hasLeftover()) {
            throw new IllegalArgumentException("more than is open was chosen; the flow caps amounts at what is open");
        }
        return new PaymentPlan(amount, allocation.lines());
    }
}
