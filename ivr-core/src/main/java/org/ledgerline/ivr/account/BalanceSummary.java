package org.ledgerline.ivr.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;

/**
 * What a caller owes, as of their own local date: per currency the past-due part and the total
 * open balance, the oldest open due date, and whether disputed invoices are included (a dispute
 * does not cancel the debt, so they still count).
 *
 * @param balances one entry per currency, in currency-code order; empty when nothing is owed
 * @param oldestDueOn the earliest due date among open invoices
 * @param includesDisputed whether any counted invoice is under dispute
 */
public record BalanceSummary(List<CurrencyBalance> balances, Optional<LocalDate> oldestDueOn,
        boolean includesDisputed) {

    public BalanceSummary {
        balances = List.copyOf(balances);
    }

    /** Totals in one currency; an invoice is past due from the day after its due date. */
    public record CurrencyBalance(String currency, BigDecimal pastDue, BigDecimal totalOpen) {}

    /** Sums {@code openInvoices} as of the customer's local {@code today}; paid and written-off ones are ignored. */
    public static BalanceSummary of(List<Invoice> openInvoices, LocalDate today) {
        List<Invoice> owed = openInvoices.stream()
                .filter(i -> i.openBalance().signum() > 0)
                .filter(i -> i.status() != InvoiceStatus.PAID && i.status() != InvoiceStatus.WRITTEN_OFF)
                .toList();
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        for (Invoice invoice : owed) {
            BigDecimal[] sums = totals.computeIfAbsent(invoice.currency(),
                    c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (invoice.daysPastDue(today) > 0) {
                sums[0] = sums[0].add(invoice.openBalance());
            }
            sums[1] = sums[1].add(invoice.openBalance());
        }
        List<CurrencyBalance> balances = totals.entrySet().stream()
                .map(e -> new CurrencyBalance(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        Optional<LocalDate> oldest = owed.stream().map(Invoice::dueOn).min(Comparator.naturalOrder());
        boolean disputed = owed.stream().anyMatch(i -> i.status() == InvoiceStatus.DISPUTED);
        return new BalanceSummary(balances, oldest, disputed);
    }

    public boolean nothingOwed() {
        return balances.isEmpty();
    }
}
