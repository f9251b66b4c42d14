package org.ledgerline.ivr.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;

class BalanceSummaryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static Invoice invoice(String currency, String open, LocalDate due, InvoiceStatus status) {
        return new Invoice(1, 1, "1", currency, new BigDecimal(open), new BigDecimal(open), due.minusDays(30), due,
                status);
    }

    @Test
    void splitsPastDueFromTotalAndFindsTheOldestDueDate() {
        BalanceSummary summary = BalanceSummary.of(List.of(
                invoice("USD", "100.10", LocalDate.of(2026, 1, 10), InvoiceStatus.OPEN),
                invoice("USD", "20.00", LocalDate.of(2026, 3, 14), InvoiceStatus.PARTIALLY_PAID),
                invoice("USD", "5.00", TODAY, InvoiceStatus.OPEN)), TODAY);

        assertThat(summary.balances()).containsExactly(
                new BalanceSummary.CurrencyBalance("USD", new BigDecimal("120.10"), new BigDecimal("125.10")));
        assertThat(summary.oldestDueOn()).contains(LocalDate.of(2026, 1, 10));
        assertThat(summary.includesDisputed()).isFalse();
    }

    @Test
    void keepsCurrenciesApart() {
        BalanceSummary summary = BalanceSummary.of(List.of(
                invoice("USD", "1.00", TODAY.minusDays(1), InvoiceStatus.OPEN),
                invoice("EUR", "2.00", TODAY.plusDays(1), InvoiceStatus.OPEN)), TODAY);

        assertThat(summary.balances()).extracting(BalanceSummary.CurrencyBalance::currency).containsExactly("EUR",
                "USD");
    }

    @Test
    void countsDisputedInvoicesAsOwedAndSaysSo() {
        BalanceSummary summary = BalanceSummary.of(List.of(
                invoice("USD", "40.00", TODAY.minusDays(3), InvoiceStatus.DISPUTED)), TODAY);

        assertThat(summary.balances().getFirst().pastDue()).isEqualByComparingTo("40.00");
        assertThat(summary.includesDisputed()).isTrue();
    }

    @Test
    void ignoresPaidAndWrittenOffInvoices() {
        BalanceSummary summary = BalanceSummary.of(List.of(
                invoice("USD", "40.00", TODAY.minusDays(3), InvoiceStatus.WRITTEN_OFF),
                invoice("USD", "0.00", TODAY.minusDays(3), InvoiceStatus.OPEN)), TODAY);

        assertThat(summary.nothingOwed()).isTrue();
        assertThat(summary.oldestDueOn()).isEqualTo(Optional.empty());
    }
}
