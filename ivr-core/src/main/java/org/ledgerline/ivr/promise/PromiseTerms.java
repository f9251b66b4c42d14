package org.ledgerline.ivr.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ledgerline.ivr.payment.PaymentAmount;
import org.ledgerline.storage.invoice.Invoice;

/**
 * What the caller agreed to: an amount by a date, and the invoices it covers. Coverage follows the
 * rule the ledger documents for payments: oldest due first, until the amount is used up (the last
 * invoice may be covered in part).
 */
public record PromiseTerms(PaymentAmount amount, LocalDate promisedFor, List<Invoice> covered) {

    public PromiseTerms {
        covered = List.copyOf(covered);
    }

    /**
     * The terms of a promise of {@code amount} by {@code promisedFor}, covering the oldest invoices first.
     *
     * @param candidates the invoices the promise may cover, oldest due first
     */
    public static PromiseTerms covering(PaymentAmount amount, LocalDate promisedFor, List<Invoice> candidates) {
        List<Invoice> covered = new ArrayList<>();
        BigDecimal left = amount.value();
        for (Invoice invoice : candidates) {
            if (left.signum() <= 0) {
                break;
            }
            covered.add(invoice);
            left = left.subtract(invoice.openBalance());
        }
        return new PromiseTerms(amount, promisedFor, covered);
    }

    public List<Long> coveredInvoiceIds() {
        return covered.stream().map(Invoice::id).toList();
    }
}
