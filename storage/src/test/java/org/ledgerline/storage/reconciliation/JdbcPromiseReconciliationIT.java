package org.ledgerline.storage.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.reconciliation.ReconciledCall.Finding;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcPromiseReconciliationIT {
    private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-08T00:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T15:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    private Ledger ledger;
    private ReconciliationSeed seed;
    private PromiseReconciliation reconciliation;

    @BeforeEach
    void seedCalls() {
        ledger = TestLedgers.newLedger();
        seed = new ReconciliationSeed(ledger);
        reconciliation = new JdbcPromiseReconciliation(ledger.jdbc());
        long alice = seed.collector("alice");
        long bob = seed.collector("bob");

        long spokenOnly = seed.transcriptOfCollectorCall(seed.collectorCall("spoken-only", alice, TUESDAY));
        seed.segment(spokenOnly, "COLLECTOR", 0, "when can you pay", null, null);
        seed.segment(spokenOnly, "CUSTOMER", 4_000, "i can pay two hundred on friday", "200", FRIDAY);

        long loggedOnly = seed
                .transcriptOfCollectorCall(seed.collectorCall("logged-only", alice, TUESDAY.plusSeconds(60)));
        seed.segment(loggedOnly, "CUSTOMER", 1_000, "i can't pay anything", null, null);
        seed.ledgerPromise("logged-only", "300.00", FRIDAY);

        long mismatch = seed.transcriptOfCollectorCall(seed.collectorCall("mismatch", alice, TUESDAY.plusSeconds(120)));
        seed.segment(mismatch, "CUSTOMER", 2_500, "i can pay two hundred on friday", "200", FRIDAY);
        seed.ledgerPromise("mismatch", "250.00", FRIDAY);

        long matched = seed.transcriptOfCollectorCall(seed.collectorCall("matched", alice, TUESDAY.plusSeconds(180)));
        seed.segment(matched, "CUSTOMER", 2_500, "i can pay one fifty", "150", null);
        seed.ledgerPromise("matched", "150.00", FRIDAY.plusDays(3));

        seed.collectorCall("pending", alice, TUESDAY.plusSeconds(240));
        seed.ledgerPromise("pending", "90.00", FRIDAY);

        long restated = seed.transcriptOfCollectorCall(seed.collectorCall("restated", alice, TUESDAY.plusSeconds(300)));
        seed.segment(restated, "COLLECTOR", 0, "i will pay two hundred on friday for you", "200", FRIDAY);

        long selfServe = seed.transcriptOfRecording(seed.selfServeRecording("self-serve", TUESDAY.plusSeconds(360)));
        seed.segment(selfServe, "CALLER", 700, "i will pay fifty dollars tomorrow", "50.00", FRIDAY.minusDays(2));

        long bobs = seed.transcriptOfCollectorCall(seed.collectorCall("bobs", bob, TUESDAY.plusSeconds(420)));
        seed.segment(bobs, "CUSTOMER", 0, "i can pay a hundred on friday", "100", FRIDAY);

        long earlier = seed.transcriptOfCollectorCall(
                seed.collectorCall("last-month", alice, Instant.parse("2026-11-20T15:00:00Z")));
        seed.segment(earlier, "CUSTOMER", 0, "i can pay two hundred on friday", "200", FRIDAY);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void listsSpokenButNotLoggedLoggedButNotSpokenMismatchesAndPendingCalls() {
        ReconciliationReport report = reconciliation.reconcile(new ReconciliationQuery(FROM, TO, null));

        assertThat(report.calls()).extracting(ReconciledCall::callId, ReconciledCall::finding).containsExactly(
                tuple("spoken-only", Finding.SPOKEN_NOT_LOGGED),
                tuple("logged-only", Finding.LOGGED_NOT_SPOKEN),
                tuple("mismatch", Finding.MISMATCH),
                tuple("pending", Finding.PENDING_TRANSCRIPT),
                tuple("self-serve", Finding.SPOKEN_NOT_LOGGED),
                tuple("bobs", Finding.SPOKEN_NOT_LOGGED));
        assertThat(report.matched()).isEqualTo(1);
        assertThat(report.truncated()).isFalse();
    }

    @Test
    void showsWhatWasSaidBesideWhatWasLogged() {
        ReconciledCall mismatch = reconciliation.reconcile(new ReconciliationQuery(FROM, TO, null))
                .with(Finding.MISMATCH).getFirst();

        assertThat(mismatch.collector()).isEqualTo("alice");
        assertThat(mismatch.accountId()).isEqualTo(seed.accountId());
        assertThat(mismatch.customerName()).isEqualTo("Reconcile Customer");
        assertThat(mismatch.accountNumber()).isEqualTo("7700991");
        assertThat(mismatch.spoken()).singleElement().satisfies(spoken -> {
            assertThat(spoken.speaker()).isEqualTo("CUSTOMER");
            assertThat(spoken.startMs()).isEqualTo(2_500);
            assertThat(spoken.text()).isEqualTo("i can pay two hundred on friday");
            assertThat(spoken.amount()).isEqualByComparingTo("200");
            assertThat(spoken.date()).isEqualTo(FRIDAY);
        });
        assertThat(mismatch.logged()).singleElement().satisfies(logged -> {
            assertThat(logged.amount()).isEqualByComparingTo(new BigDecimal("250"));
            assertThat(logged.promisedFor()).isEqualTo(FRIDAY);
            assertThat(logged.currency()).isEqualTo("USD");
        });
    }

    @Test
    void aPaymentTakenOnTheCallKeepsTheSpokenPromiseItAgreesWith() {
        long carol = seed.collector("carol");
        // Said on Tuesday evening in Chicago (the customer's zone), paid by card on the call at 21:00 there,
        // which is already Wednesday in UTC: the payment's day is the customer's Tuesday.
        Instant tuesdayEvening = Instant.parse("2026-12-02T03:00:00Z");
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        long paidNow = seed.transcriptOfCollectorCall(seed.collectorCall("paid-now", carol, tuesdayEvening));
        seed.segment(paidNow, "CUSTOMER", 1_000, "i will pay two hundred today with my card", "200", tuesday);
        seed.payment("paid-now", "200.00", "CAPTURED", tuesdayEvening.plusSeconds(90));

        long paidEarly = seed.transcriptOfCollectorCall(seed.collectorCall("paid-early", carol, TUESDAY));
        seed.segment(paidEarly, "CUSTOMER", 1_000, "i can pay on friday", null, FRIDAY);
        seed.payment("paid-early", "80.00", "AUTHORIZED", TUESDAY.plusSeconds(60));

        long declined = seed.transcriptOfCollectorCall(seed.collectorCall("declined", carol, TUESDAY.plusSeconds(60)));
        seed.segment(declined, "CUSTOMER", 1_000, "i will pay two hundred today", "200", tuesday);
        seed.payment("declined", "200.00", "DECLINED", TUESDAY.plusSeconds(120));

        long paidLess = seed
                .transcriptOfCollectorCall(seed.collectorCall("paid-less", carol, TUESDAY.plusSeconds(120)));
        seed.segment(paidLess, "CUSTOMER", 1_000, "i can pay two hundred on friday", "200", FRIDAY);
        seed.payment("paid-less", "50.00", "CAPTURED", TUESDAY.plusSeconds(180));

        long paidNothingSaid = seed
                .transcriptOfCollectorCall(seed.collectorCall("paid-nothing-said", carol, TUESDAY.plusSeconds(180)));
        seed.segment(paidNothingSaid, "CUSTOMER", 1_000, "here is my card", null, null);
        seed.payment("paid-nothing-said", "75.00", "CAPTURED", TUESDAY.plusSeconds(240));

        ReconciliationReport report = reconciliation.reconcile(new ReconciliationQuery(FROM, TO, "carol"));

        assertThat(report.calls()).extracting(ReconciledCall::callId, ReconciledCall::finding).containsExactly(
                tuple("declined", Finding.SPOKEN_NOT_LOGGED),
                tuple("paid-less", Finding.MISMATCH));
        assertThat(report.matched()).as("paid-now and paid-early kept what was said").isEqualTo(2);
        assertThat(report.with(Finding.SPOKEN_NOT_LOGGED).getFirst().paid()).as("a declined card pays nothing")
                .isEmpty();
        assertThat(report.with(Finding.MISMATCH).getFirst().paid()).singleElement().satisfies(paid -> {
            assertThat(paid.amount()).isEqualByComparingTo("50");
            assertThat(paid.status()).isEqualTo("CAPTURED");
            assertThat(paid.paidOn()).isEqualTo(tuesday);
            assertThat(paid.confirmationNumber()).startsWith("CONF");
        });
    }

    @Test
    void aSelfServeCallHasNoCollector() {
        ReconciledCall selfServe = reconciliation.reconcile(new ReconciliationQuery(FROM, TO, null)).calls().stream()
                .filter(call -> call.callId().equals("self-serve")).findFirst().orElseThrow();

        assertThat(selfServe.collector()).isNull();
        assertThat(selfServe.collectorCallId()).isNull();
        assertThat(selfServe.spoken()).extracting(SpokenPromiseLine::speaker).containsExactly("CALLER");
    }

    @Test
    void oneCollectorsCallsLeaveOutOthersAndSelfServeCalls() {
        ReconciliationReport report = reconciliation.reconcile(new ReconciliationQuery(FROM, TO, "bob"));

        assertThat(report.calls()).extracting(ReconciledCall::callId).containsExactly("bobs");
        assertThat(report.matched()).isZero();
    }

    @Test
    void thePeriodBoundsTheCalls() {
        ReconciliationReport november = reconciliation.reconcile(new ReconciliationQuery(
                Instant.parse("2026-11-01T00:00:00Z"), FROM, null));

        assertThat(november.calls()).extracting(ReconciledCall::callId).containsExactly("last-month");
    }

    @Test
    void aCollectorRestatingAPromiseIsNotTheCustomerPromising() {
        List<String> listed = reconciliation.reconcile(new ReconciliationQuery(FROM, TO, "alice")).calls().stream()
                .map(ReconciledCall::callId).toList();

        assertThat(listed).doesNotContain("restated", "matched");
    }
}
