package org.ledgerline.storage.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.payment.Allocation;
import org.ledgerline.storage.payment.NewPayment;
import org.ledgerline.storage.payment.StoredCard;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingKind;
import org.ledgerline.storage.reference.ReferenceNumbers;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcDisputeRepositoryIT {
    private static final LocalDate DUE = LocalDate.of(2026, 10, 1);

    private Ledger ledger;
    private LedgerRows rows;
    private DisputeRepository disputes;
    private long customerId;
    private long openInvoice;
    private long partlyPaidInvoice;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        disputes = ledger.disputes();
        customerId = rows.customer("Harbor Supply Co.", "America/New_York", "5551001");
        long accountId = rows.account(customerId, "100001", "hash");
        openInvoice = rows.openInvoice(accountId, "7001", "120.00", DUE);
        partlyPaidInvoice = rows.invoice(accountId, "7002", new BigDecimal("300.00"), new BigDecimal("180.00"), DUE,
                InvoiceStatus.PARTIALLY_PAID);
        rows.call("call-1");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void opensADisputeFlagsTheInvoiceAndAuditsIt() {
        Recording recording = ledger.recordings().record(new NewRecording("rec-1", "call-1",
                RecordingKind.DISPUTE_DESCRIPTION, "/recordings/call-1-dispute", "wav", Instant.now(),
                Duration.ofSeconds(9)));

        DisputeView dispute = disputes.open(new NewDispute("d-1", partlyPaidInvoice, "GOODS_DAMAGED", null,
                recording.id(), "call-1"));

        assertThat(ReferenceNumbers.isWellFormed(dispute.referenceNumber())).isTrue();
        assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.reasonDescription()).isEqualTo("Goods damaged");
        assertThat(dispute.invoiceNumber()).isEqualTo("7002");
        assertThat(dispute.disputedAmount()).isEqualByComparingTo("180.00");
        assertThat(dispute.openBalance()).isEqualByComparingTo("180.00");
        assertThat(dispute.invoiceAmount()).isEqualByComparingTo("300.00");
        assertThat(dispute.currency()).isEqualTo("USD");
        assertThat(dispute.customerId()).isEqualTo(customerId);
        assertThat(dispute.customerName()).isEqualTo("Harbor Supply Co.");
        assertThat(dispute.accountNumber()).isEqualTo("100001");
        assertThat(dispute.callId()).isEqualTo("call-1");
        assertThat(dispute.recordingId()).isEqualTo(recording.id());
        assertThat(dispute.recordingPath()).isEqualTo("/recordings/call-1-dispute");
        assertThat(dispute.createdAt()).isNotNull();
        assertThat(dispute.updatedAt()).isNotNull();
        assertThat(invoiceStatus(partlyPaidInvoice)).isEqualTo("DISPUTED");
        assertThat(audit(dispute)).extracting(AuditEntry::action).containsExactly("DISPUTE_OPENED");
        assertThat(disputes.findByReferenceNumber(dispute.referenceNumber())).contains(dispute);
    }

    @Test
    void openingTheSameKeyAgainReturnsTheSameDispute() {
        NewDispute request = new NewDispute("d-1", openInvoice, "PRICING_ERROR", "Charged list price", null, "call-1");
        DisputeView first = disputes.open(request);

        assertThat(disputes.open(request)).isEqualTo(first);
        assertThat(rows.count("disputes")).isEqualTo(1);
        assertThat(audit(first)).hasSize(1);
    }

    @Test
    void concurrentOpensOfTheSameKeyLandOneDispute() throws Exception {
        NewDispute request = new NewDispute("d-race", openInvoice, "NOT_RECEIVED", null, null, "call-1");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<DisputeView>> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5; i++) {
                results.add(executor.submit(() -> {
                    go.await();
                    return disputes.open(request);
                }));
            }
            go.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<DisputeView> result : results) {
                ids.add(result.get(30, TimeUnit.SECONDS).id());
            }
            assertThat(ids).containsOnly(ids.getFirst());
        }
        assertThat(rows.count("disputes")).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownOrRetiredReasonCodeAndAnUnknownInvoice() {
        ledger.jdbc().update("test: retire a reason", "update dispute_reasons set active = false where code = 'OTHER'");

        assertThatThrownBy(() -> disputes.open(new NewDispute("d-1", openInvoice, "NO_SUCH_REASON", null, null, null)))
                .isInstanceOfSatisfying(DisputeRefusedException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(DisputeRefusedException.Reason.UNKNOWN_REASON_CODE));
        assertThatThrownBy(() -> disputes.open(new NewDispute("d-2", openInvoice, "OTHER", null, null, null)))
                .isInstanceOfSatisfying(DisputeRefusedException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(DisputeRefusedException.Reason.UNKNOWN_REASON_CODE));
        assertThatThrownBy(() -> disputes.open(new NewDispute("d-3", 999_999, "OTHER", null, null, null)))
                .isInstanceOfSatisfying(DisputeRefusedException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(DisputeRefusedException.Reason.UNKNOWN_INVOICE));
        assertThat(rows.count("disputes")).isZero();
        assertThat(invoiceStatus(openInvoice)).isEqualTo("OPEN");
    }

    @Test
    void refusesToReuseAKeyForAnotherInvoice() {
        disputes.open(new NewDispute("d-1", openInvoice, "OTHER", null, null, null));

        assertThatThrownBy(() -> disputes.open(new NewDispute("d-1", partlyPaidInvoice, "OTHER", null, null, null)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(invoiceStatus(partlyPaidInvoice)).isEqualTo("PARTIALLY_PAID");
    }

    @Test
    void listsActiveReasonsInSpokenOrder() {
        ledger.jdbc().update("test: retire a reason",
                "update dispute_reasons set active = false where code = 'QUANTITY_MISMATCH'");

        assertThat(disputes.findReasons()).extracting(DisputeReason::code).containsExactly(
                "PRICING_ERROR", "GOODS_DAMAGED", "NOT_RECEIVED", "DUPLICATE_BILLING", "OTHER");
        assertThat(disputes.findReasons().getFirst().description()).isEqualTo("Pricing error");
    }

    @Test
    void escalatesOnceAndCountsTheCustomersOpenDisputes() {
        DisputeView dispute = disputes.open(new NewDispute("d-1", openInvoice, "OTHER", null, null, "call-1"));
        disputes.open(new NewDispute("d-2", partlyPaidInvoice, "OTHER", null, null, "call-1"));
        assertThat(disputes.countOpenForCustomer(customerId)).isEqualTo(2);

        DisputeView escalated = disputes.escalate(dispute.id(), "Amount above 100.00");
        DisputeView again = disputes.escalate(dispute.id(), "Amount above 100.00");

        assertThat(escalated.status()).isEqualTo(DisputeStatus.ESCALATED);
        assertThat(escalated.escalationReason()).isEqualTo("Amount above 100.00");
        assertThat(escalated.escalatedAt()).isNotNull();
        assertThat(again).isEqualTo(escalated);
        assertThat(audit(dispute)).extracting(AuditEntry::action).containsExactly("DISPUTE_OPENED",
                "DISPUTE_ESCALATED");
        assertThat(disputes.countOpenForCustomer(customerId)).isEqualTo(2);

        disputes.changeStatus(dispute.id(), DisputeStatus.RESOLVED, "Credit note issued", "alice");
        assertThat(disputes.countOpenForCustomer(customerId)).isEqualTo(1);
        assertThatThrownBy(() -> disputes.escalate(dispute.id(), "late"))
                .isInstanceOf(DisputeTransitionException.class);
        assertThatThrownBy(() -> disputes.escalate(999_999, "none")).isInstanceOf(NoSuchDisputeException.class);
    }

    @Test
    void resolvingRestoresTheInvoiceAndAuditsActorAndNote() {
        DisputeView dispute = disputes
                .open(new NewDispute("d-1", partlyPaidInvoice, "PRICING_ERROR", null, null, "call-1"));

        DisputeView resolved = disputes.changeStatus(dispute.id(), DisputeStatus.RESOLVED, "Price corrected", "alice");

        assertThat(resolved.status()).isEqualTo(DisputeStatus.RESOLVED);
        assertThat(resolved.resolutionNote()).isEqualTo("Price corrected");
        assertThat(resolved.resolvedAt()).isNotNull();
        assertThat(invoiceStatus(partlyPaidInvoice)).isEqualTo("PARTIALLY_PAID");
        AuditEntry change = audit(dispute).getLast();
        assertThat(change.action()).isEqualTo("DISPUTE_STATUS_CHANGED");
        assertThat(change.actor()).isEqualTo("alice");
        assertThat(change.detail()).contains("OPEN -> RESOLVED", "Price corrected");
    }

    @Test
    void onlyAllowedTransitionsAreAccepted() {
        DisputeView dispute = disputes.open(new NewDispute("d-1", openInvoice, "OTHER", null, null, null));

        assertThatThrownBy(() -> disputes.changeStatus(dispute.id(), DisputeStatus.ESCALATED, "no", "alice"))
                .isInstanceOf(DisputeTransitionException.class);
        assertThatThrownBy(() -> disputes.changeStatus(dispute.id(), DisputeStatus.OPEN, "no", "alice"))
                .isInstanceOf(DisputeTransitionException.class);
        disputes.changeStatus(dispute.id(), DisputeStatus.REJECTED, "Goods were signed for", "bob");
        assertThatThrownBy(() -> disputes.changeStatus(dispute.id(), DisputeStatus.RESOLVED, "changed my mind", "bob"))
                .isInstanceOfSatisfying(DisputeTransitionException.class, refused -> {
                    assertThat(refused.from()).isEqualTo(DisputeStatus.REJECTED);
                    assertThat(refused.to()).isEqualTo(DisputeStatus.RESOLVED);
                });
        assertThatThrownBy(() -> disputes.changeStatus(999_999, DisputeStatus.RESOLVED, "x", "bob"))
                .isInstanceOf(NoSuchDisputeException.class);
        assertThat(audit(dispute)).extracting(AuditEntry::action).containsExactly("DISPUTE_OPENED",
                "DISPUTE_STATUS_CHANGED");
        assertThat(invoiceStatus(openInvoice)).isEqualTo("OPEN");
    }

    @Test
    void resolvingAfterAPartPaymentLeavesTheInvoicePartlyPaid() {
        DisputeView dispute = disputes.open(new NewDispute("d-1", openInvoice, "GOODS_DAMAGED", null, null, null));
        ledger.payments()
                .post(new NewPayment("pay-1", dispute.accountId(), new BigDecimal("20.00"), "USD", "tok_1", null,
                        new StoredCard("VISA", "1111", 12, 2030), null,
                        List.of(new Allocation(openInvoice, new BigDecimal("20.00")))));
        assertThat(invoiceStatus(openInvoice)).isEqualTo("DISPUTED");

        DisputeView resolved = disputes.changeStatus(dispute.id(), DisputeStatus.RESOLVED, "Replacement sent", "alice");

        assertThat(invoiceStatus(openInvoice)).isEqualTo("PARTIALLY_PAID");
        assertThat(resolved.disputedAmount()).isEqualByComparingTo("120.00");
        assertThat(resolved.openBalance()).isEqualByComparingTo("100.00");
    }

    @Test
    void theInvoiceStaysDisputedUntilItsLastDisputeCloses() {
        DisputeView first = disputes.open(new NewDispute("d-1", openInvoice, "PRICING_ERROR", null, null, null));
        DisputeView second = disputes.open(new NewDispute("d-2", openInvoice, "QUANTITY_MISMATCH", null, null, null));

        disputes.changeStatus(first.id(), DisputeStatus.RESOLVED, "fixed", "alice");
        assertThat(invoiceStatus(openInvoice)).isEqualTo("DISPUTED");

        disputes.changeStatus(second.id(), DisputeStatus.REJECTED, "counted right", "alice");
        assertThat(invoiceStatus(openInvoice)).isEqualTo("OPEN");
    }

    @Test
    void searchesByReasonStatusCustomerAndDateRangeWithPagesAndATotal() {
        long otherCustomer = rows.customer("Other Co.", "America/Chicago");
        long otherInvoice = rows.openInvoice(rows.account(otherCustomer, "200002", "hash"), "8001", "50.00", DUE);
        DisputeView oldest = openAt("d-1", openInvoice, "PRICING_ERROR", "2026-11-01T10:00:00Z");
        DisputeView middle = openAt("d-2", partlyPaidInvoice, "PRICING_ERROR", "2026-11-10T10:00:00Z");
        DisputeView newest = openAt("d-3", otherInvoice, "NOT_RECEIVED", "2026-11-20T10:00:00Z");
        disputes.escalate(middle.id(), "big");

        assertThat(ids(disputes.search(DisputeQuery.all()))).containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(ids(disputes.search(DisputeQuery.all().withReasonCode("PRICING_ERROR"))))
                .containsExactly(middle.id(), oldest.id());
        assertThat(ids(disputes.search(DisputeQuery.all().withStatus(DisputeStatus.ESCALATED))))
                .containsExactly(middle.id());
        assertThat(ids(disputes.search(DisputeQuery.all().withCustomerId(otherCustomer)))).containsExactly(newest.id());
        assertThat(ids(disputes.search(DisputeQuery.all().withCreatedBetween(
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-20T10:00:00Z")))))
                .containsExactly(middle.id(), oldest.id());

        DisputePage firstPage = disputes.search(DisputeQuery.all().withPage(2, 0));
        DisputePage secondPage = disputes.search(DisputeQuery.all().withPage(2, 2));
        assertThat(ids(firstPage)).containsExactly(newest.id(), middle.id());
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.hasMore()).isTrue();
        assertThat(ids(secondPage)).containsExactly(oldest.id());
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.hasMore()).isFalse();
        DisputePage beyond = disputes.search(DisputeQuery.all().withPage(2, 10));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
    }

    @Test
    void reportsCountsAndAmountsByReasonForAPeriod() {
        long another = rows.openInvoice(ledger.accounts().findByAccountNumber("100001").orElseThrow().id(), "7003",
                "30.00", DUE);
        openAt("d-1", openInvoice, "PRICING_ERROR", "2026-11-02T10:00:00Z");
        openAt("d-2", partlyPaidInvoice, "PRICING_ERROR", "2026-11-03T10:00:00Z");
        openAt("d-3", another, "GOODS_DAMAGED", "2026-11-04T10:00:00Z");
        openAt("d-4", another, "OTHER", "2026-12-04T10:00:00Z");

        List<ReasonTotals> report = disputes.reportByReason(
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(report).extracting(ReasonTotals::reasonCode).containsExactly("PRICING_ERROR", "GOODS_DAMAGED");
        ReasonTotals pricing = report.getFirst();
        assertThat(pricing.reasonDescription()).isEqualTo("Pricing error");
        assertThat(pricing.currency()).isEqualTo("USD");
        assertThat(pricing.count()).isEqualTo(2);
        assertThat(pricing.disputedAmount()).isEqualByComparingTo("300.00");
        assertThat(pricing.openBalance()).isEqualByComparingTo("300.00");
        assertThat(report.get(1).count()).isEqualTo(1);
        assertThat(report.get(1).disputedAmount()).isEqualByComparingTo("30.00");
    }

    /** Opens a dispute and moves its creation time, as if it had been opened then. */
    private DisputeView openAt(String key, long invoiceId, String reason, String createdAt) {
        DisputeView dispute = disputes.open(new NewDispute(key, invoiceId, reason, null, null, null));
        ledger.jdbc().update("test: backdate a dispute", "update disputes set created_at = ? where id = ?",
                Instant.parse(createdAt), dispute.id());
        return disputes.findById(dispute.id()).orElseThrow();
    }

    private static List<Long> ids(DisputePage page) {
        return page.items().stream().map(DisputeView::id).toList();
    }

    private List<AuditEntry> audit(DisputeView dispute) {
        return ledger.audit().findBySubject("dispute", Long.toString(dispute.id()));
    }

    private String invoiceStatus(long invoiceId) {
        return ledger.jdbc().queryOne("test: read an invoice's status", "select status from invoices where id = ?",
                row -> row.getString(1), invoiceId);
    }
}
