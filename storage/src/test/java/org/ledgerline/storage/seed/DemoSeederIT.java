package org.ledgerline.storage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.JdbcDisputeRepository;
import org.ledgerline.storage.dispute.ReasonTotals;
import org.ledgerline.storage.invoice.AgingBucket;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.testing.TestLedgers;

class DemoSeederIT {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Ledger ledger;
    private static boolean firstSeedRan;

    @BeforeAll
    static void seed() {
        ledger = TestLedgers.newLedger();
        firstSeedRan = DemoSeeder.seedIfEmpty(ledger, TestLedgers.fastPinHasher(), TODAY);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void seedsAFewDozenCustomersInSeveralTimeZones() {
        assertThat(firstSeedRan).isTrue();
        assertThat(count("select count(*) from customers")).isEqualTo(DemoSeeder.CUSTOMER_COUNT);
        assertThat(count("select count(distinct time_zone) from customers")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from customers where language <> 'en'")).isZero();
        assertThat(count("select count(*) from accounts where currency <> 'USD'")).isZero();
    }

    @Test
    void theDemoAccountAnswersToItsPinAndPhoneAndHasAnInvoiceInEveryAgingBucket() {
        Account demo = ledger.accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER).orElseThrow();
        assertThat(TestLedgers.fastPinHasher().matches(DemoSeeder.DEMO_PIN, demo.pinHash())).isTrue();
        assertThat(demo.isLocked()).isFalse();
        assertThat(ledger.accounts().findByPhoneNumber(DemoSeeder.DEMO_PHONE_NUMBER)).containsExactly(demo);

        List<Invoice> open = ledger.invoices().findOpenInvoices(demo.id());
        assertThat(open).extracting(invoice -> AgingBucket.of(invoice, TODAY))
                .containsExactlyInAnyOrder(AgingBucket.values());
        assertThat(open).anySatisfy(invoice -> assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID));
    }

    @Test
    void invoicesAcrossTheLedgerCoverEveryAgingBucketMoreThanOnce() {
        List<Invoice> open = ledger.jdbc().query("all open invoices",
                "select * from invoices where open_balance > 0",
                org.ledgerline.storage.invoice.JdbcInvoiceRepository::invoice);
        for (AgingBucket bucket : AgingBucket.values()) {
            assertThat(open.stream().filter(invoice -> AgingBucket.of(invoice, TODAY) == bucket).count())
                    .as(bucket.name())
                    .isGreaterThan(1);
        }
    }

    @Test
    void partPaidInvoicesHaveAPaymentAllocatedThatExplainsTheirBalance() {
        List<BigDecimal[]> partPaid = ledger.jdbc().query("part-paid invoices", """
                select i.amount, i.open_balance, coalesce(sum(pa.amount), 0)
                  from invoices i
                  left join payment_allocations pa on pa.invoice_id = i.id
                 where i.status = 'PARTIALLY_PAID'
                 group by i.id
                """, row -> new BigDecimal[] {row.getBigDecimal(1), row.getBigDecimal(2), row.getBigDecimal(3)});

        assertThat(partPaid).hasSizeGreaterThan(3);
        assertThat(partPaid).allSatisfy(row -> assertThat(row[0].subtract(row[2])).isEqualByComparingTo(row[1]));
        assertThat(count("select count(*) from payments where status = 'CAPTURED'"))
                .isEqualTo(count("select count(*) from payment_allocations"));
    }

    @Test
    void oneAccountIsLockedAndTheLockIsAudited() {
        Account locked = ledger.accounts().findByAccountNumber(DemoSeeder.LOCKED_ACCOUNT_NUMBER).orElseThrow();

        assertThat(locked.isLocked()).isTrue();
        assertThat(count("select count(*) from accounts where locked_at is not null")).isEqualTo(1);
        assertThat(ledger.audit().findBySubject("account", Long.toString(locked.id())))
                .singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("ACCOUNT_LOCKED"));
    }

    @Test
    void oneCallerIdIsSharedByTwoAccounts() {
        assertThat(ledger.accounts().findByPhoneNumber(DemoSeeder.SHARED_PHONE_NUMBER))
                .extracting(Account::accountNumber)
                .containsExactlyElementsOf(DemoSeeder.SHARED_PHONE_ACCOUNT_NUMBERS);
    }

    @Test
    void seedingAgainChangesNothing() {
        int invoices = count("select count(*) from invoices");

        assertThat(DemoSeeder.seedIfEmpty(ledger, TestLedgers.fastPinHasher(), TODAY.plusDays(1))).isFalse();
        assertThat(count("select count(*) from customers")).isEqualTo(DemoSeeder.CUSTOMER_COUNT);
        assertThat(count("select count(*) from invoices")).isEqualTo(invoices);
    }

    @Test
    void twoFreshLedgersSeededForTheSameDayAreIdentical() {
        try (Ledger other = TestLedgers.newSeededLedger(TODAY)) {
            String fingerprint = """
                    select string_agg(i.invoice_number || ':' || a.account_number || ':' || i.amount || ':'
                                      || i.open_balance || ':' || i.due_on || ':' || c.name || ':' || c.time_zone, ','
                                      order by i.invoice_number)
                      from invoices i join accounts a on a.id = i.account_id join customers c on c.id = a.customer_id
                    """;
            String mine = ledger.jdbc().queryOne("fingerprint", fingerprint, row -> row.getString(1));
            String theirs = other.jdbc().queryOne("fingerprint", fingerprint, row -> row.getString(1));
            assertThat(theirs).isNotBlank().isEqualTo(mine);
        }
    }

    @Test
    void everyStatusUsedIsOneTheApplicationKnows() {
        Set<InvoiceStatus> statuses = EnumSet.noneOf(InvoiceStatus.class);
        ledger.jdbc()
                .query("statuses", "select distinct status from invoices",
                        row -> InvoiceStatus.valueOf(row.getString(1)))
                .forEach(statuses::add);
        assertThat(statuses).contains(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID);
    }

    @Test
    void disputesUnderEveryReasonCodeGiveTheDeskSomethingToShow() {
        List<ReasonTotals> lastTwoMonths = ledger.disputes().reportByReason(
                TODAY.minusDays(60).atStartOfDay(ZoneOffset.UTC).toInstant(),
                TODAY.atStartOfDay(ZoneOffset.UTC).toInstant());

        assertThat(lastTwoMonths).extracting(ReasonTotals::reasonCode)
                .containsExactlyElementsOf(ledger.disputes().findReasons().stream().map(DisputeReason::code).toList());
        assertThat(lastTwoMonths.stream().map(ReasonTotals::count).distinct().count())
                .as("some reasons come up more often than others").isGreaterThan(2);
        assertThat(count("select count(distinct status) from disputes")).isEqualTo(DisputeStatus.values().length);
        assertThat(count("select count(distinct account_id) from disputes")).as("one dispute per customer")
                .isEqualTo(count("select count(*) from disputes"));
        assertThat(count(
                "select count(*) from disputes d join accounts a on a.id = d.account_id where a.account_number < '"
                        + DemoDisputes.FIRST_ACCOUNT + "'"))
                .as("no dispute on the accounts the call demos use").isZero();
    }

    @Test
    void recordedDescriptionsAreRegisteredWithPathsInsideTheRecordingsDirectory() {
        List<DisputeView> recorded = ledger.disputes().search(DisputeQuery.all().withPage(DisputeQuery.MAX_LIMIT, 0))
                .items()
                .stream().filter(d -> d.recordingId() != null).toList();

        assertThat(recorded).hasSize(DemoDisputes.RECORDINGS.size());
        assertThat(recorded).extracting(DisputeView::recordingPath)
                .containsExactlyInAnyOrderElementsOf(
                        DemoDisputes.RECORDINGS.stream().map(DemoDisputes.DemoRecording::relativePath).toList())
                .allSatisfy(path -> assertThat(path).doesNotStartWith("/").doesNotContain(".."));
    }

    @Test
    void eachDisputeHasItsHistoryDatedWhenItHappenedAndActiveOnesFlagTheirInvoice() {
        for (DisputeView dispute : ledger.disputes().search(DisputeQuery.all().withPage(DisputeQuery.MAX_LIMIT, 0))
                .items()) {
            List<AuditEntry> history = ledger.audit().findBySubject("dispute", Long.toString(dispute.id()));
            assertThat(history.getFirst().action()).isEqualTo(JdbcDisputeRepository.DISPUTE_OPENED);
            assertThat(history.getFirst().at()).isEqualTo(dispute.createdAt());
            assertThat(history).hasSize(dispute.status() == DisputeStatus.OPEN ? 1 : 2);
            String invoiceStatus = ledger.jdbc().queryOne("invoice status", "select status from invoices where id = ?",
                    row -> row.getString(1), dispute.invoiceId());
            assertThat(invoiceStatus.equals("DISPUTED")).as("invoice of %s", dispute.status())
                    .isEqualTo(dispute.status().isActive());
        }
    }

    private static int count(String sql) {
        return ledger.jdbc().queryOne("count", sql, row -> row.getInt(1));
    }
}
