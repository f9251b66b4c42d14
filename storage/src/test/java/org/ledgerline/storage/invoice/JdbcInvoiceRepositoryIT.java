package org.ledgerline.storage.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcInvoiceRepositoryIT {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Ledger ledger;
    private LedgerRows rows;
    private long accountId;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        accountId = rows.account(rows.customer("Cedar Foods Inc.", "America/Chicago"), "100001", "hash");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void listsOpenInvoicesOldestDueDateFirst() {
        rows.openInvoice(accountId, "700002", "120.00", TODAY.minusDays(10));
        rows.openInvoice(accountId, "700001", "80.50", TODAY.minusDays(95));
        rows.openInvoice(accountId, "700003", "42.00", TODAY.plusDays(5));

        List<Invoice> open = ledger.invoices().findOpenInvoices(accountId);

        assertThat(open).extracting(Invoice::invoiceNumber).containsExactly("700001", "700002", "700003");
        Invoice oldest = open.getFirst();
        assertThat(oldest.amount()).isEqualByComparingTo("80.50");
        assertThat(oldest.amount().scale()).isEqualTo(2);
        assertThat(oldest.currency()).isEqualTo("USD");
        assertThat(oldest.dueOn()).isEqualTo(TODAY.minusDays(95));
        assertThat(oldest.issuedOn()).isEqualTo(TODAY.minusDays(125));
        assertThat(oldest.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(oldest.daysPastDue(TODAY)).isEqualTo(95);
        assertThat(AgingBucket.of(oldest, TODAY)).isEqualTo(AgingBucket.OVER_90);
    }

    @Test
    void keepsPartPaidAndDisputedInvoicesButDropsPaidAndWrittenOffOnes() {
        rows.invoice(accountId, "1", new BigDecimal("100.00"), new BigDecimal("40.00"), TODAY.minusDays(40),
                InvoiceStatus.PARTIALLY_PAID);
        rows.invoice(accountId, "2", new BigDecimal("100.00"), new BigDecimal("100.00"), TODAY.minusDays(30),
                InvoiceStatus.DISPUTED);
        rows.invoice(accountId, "3", new BigDecimal("100.00"), BigDecimal.ZERO, TODAY.minusDays(20),
                InvoiceStatus.PAID);
        rows.invoice(accountId, "4", new BigDecimal("100.00"), new BigDecimal("100.00"), TODAY.minusDays(400),
                InvoiceStatus.WRITTEN_OFF);

        assertThat(ledger.invoices().findOpenInvoices(accountId))
                .extracting(Invoice::invoiceNumber, Invoice::openBalance, Invoice::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", new BigDecimal("40.00"), InvoiceStatus.PARTIALLY_PAID),
                        org.assertj.core.groups.Tuple.tuple("2", new BigDecimal("100.00"), InvoiceStatus.DISPUTED));
    }

    @Test
    void anotherAccountsInvoicesAreNotListed() {
        long other = rows.account(rows.customer("Other", "America/Denver"), "100002", "hash");
        rows.openInvoice(other, "9", "10.00", TODAY);

        assertThat(ledger.invoices().findOpenInvoices(accountId)).isEmpty();
    }
}
