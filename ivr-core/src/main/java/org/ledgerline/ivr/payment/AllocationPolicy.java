package org.ledgerline.ivr.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rule for splitting a payment over open invoices:
 * <ol>
 *   <li><b>Chosen invoice.</b> When the caller chose one invoice, the payment goes to that invoice
 *       only, up to its open balance; it never spills onto other invoices the caller did not pick.
 *   <li><b>Oldest due first.</b> Otherwise it pays invoices in order of due date, earliest first
 *       (equal dates: lower invoice id first, so the order is stable), each up to its open balance,
 *       until the money runs out. Paying the past-due total therefore clears past-due invoices first.
 *   <li><b>Never more than open.</b> No invoice receives more than its open balance; invoices with
 *       nothing open (or a credit) receive nothing.
 *   <li><b>Leftover reported.</b> Money no invoice can take is reported as {@link Allocation#leftover()}
 *       rather than applied anywhere. Flows cap the keyed amount with {@link #maximumPayable} so that
 *       a caller is never charged a leftover.
 * </ol>
 * Items must all be in the payment's currency. Stateless.
 */
public final class AllocationPolicy {

    private static final Comparator<OpenItem> OLDEST_DUE_FIRST = Comparator.comparing(OpenItem::dueOn)
            .thenComparingLong(OpenItem::invoiceId);

    /** Splits {@code payment} over {@code openItems}, oldest due first. */
    public Allocation allocate(PaymentAmount payment, List<OpenItem> openItems) {
        List<OpenItem> ordered = openItems.stream().sorted(OLDEST_DUE_FIRST).toList();
        return applyInOrder(payment.value(), ordered);
    }

    /**
     * Applies {@code payment} to the invoice the caller chose, and to no other.
     *
     * @throws IllegalArgumentException when {@code chosenInvoiceId} is not among {@code openItems}
     */
    public Allocation allocateToChosen(PaymentAmount payment, long chosenInvoiceId, List<OpenItem> openItems) {
        OpenItem chosen = openItems.stream()
                .filter(item -> item.invoiceId() == chosenInvoiceId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "invoice " + chosenInvoiceId + " is not among the open items"));
        return applyInOrder(payment.value(), List.of(chosen));
    }

    /** The most a caller can usefully pay on {@code openItems}: the sum of their positive open balances. */
    public BigDecimal maximumPayable(List<OpenItem> openItems) {
        return openItems.stream()
                .map(OpenItem::openBalance)
                .filter(balance -> balance.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Allocation applyInOrder(BigDecimal amount, List<OpenItem> ordered) {
        List<Allocation.Line> lines = new ArrayList<>();
        BigDecimal remaining = amount;
        for (OpenItem item : ordered) {
            if (remaining.signum() == 0) {
                break;
            }
            if (item.openBalance().signum() <= 0) {
                continue;
            }
            BigDecimal applied = remaining.min(item.openBalance());
            lines.add(new Allocation.Line(item.invoiceId(), applied));
            remaining = remaining.subtract(applied);
        }
        return new Allocation(lines, remaining);
    }
}
