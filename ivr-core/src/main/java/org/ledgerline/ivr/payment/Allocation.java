package org.ledgerline.ivr.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a payment is split over invoices: one {@link Line} per invoice that receives money, in the
 * order applied, and the {@code leftover} no invoice could take (zero when it all fitted).
 */
public record Allocation(List<Line> lines, BigDecimal leftover) {

    /** Money applied to one invoice. */
    public record Line(long invoiceId, BigDecimal amount) {
        public Line {
            Objects.requireNonNull(amount, "amount");
        }
    }

    public Allocation {
        lines = List.copyOf(lines);
        Objects.requireNonNull(leftover, "leftover");
    }

    /** Sum of the lines: what the invoices' open balances go down by. */
    public BigDecimal allocated() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasLeftover() {
        return leftover.signum() > 0;
    }

    /** The amount applied to {@code invoiceId}; zero when it receives nothing. */
    public BigDecimal amountFor(long invoiceId) {
        return lines.stream()
                .filter(line -> line.invoiceId() == invoiceId)
                .map(Line::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
