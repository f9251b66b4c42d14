package org.ledgerline.storage.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.ledgerline.storage.alert.Alert;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.payment.Allocation;
import org.ledgerline.storage.payment.NewPayment;
import org.ledgerline.storage.payment.StoredCard;
import org.ledgerline.storage.reference.ReferenceNumbers;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcPromiseRepositoryIT {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private Ledger ledger;
    private LedgerRows rows;
    private PromiseRepository promises;
    private long customerId;
    private long accountId;
    private long invoiceA;
    private long invoiceB;
    private long foreignInvoice;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        promises = ledger.promises();
        today = LocalDate.now(ZONE);
        customerId = rows.customer("Harbor Supply Co.", ZONE.getId(), "5551001");
        accountId = rows.account(customerId, "100001", "hash");
        invoiceA = rows.openInvoice(accountId, "7001", "300.00", today.minusDays(40));
        invoiceB = rows.openInvoice(accountId, "7002", "200.00", today.minusDays(10));
        long other = rows.customer("Other Co.", "America/Chicago");
        foreignInvoice = rows.openInvoice(rows.account(other, "200002", "hash"), "8001", "50.00", today);
        rows.call("call-1");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void recordsAPromiseWithItsInvoicesAReferenceAndAnAuditLine() {
        Promise promise = promises.record(promise("p-1", "150.00", today.plusDays(10), invoiceB, invoiceA));

        assertThat(promise.referenceNumber()).containsOnlyDigits();
        assertThat(ReferenceNumbers.isWellFormed(promise.referenceNumber())).isTrue();
        assertThat(promise.status()).isEqualTo(PromiseStatus.PENDING);
        assertThat(promise.invoiceIds()).containsExactly(invoiceA, invoiceB);
        assertThat(promise.amount()).isEqualByComparingTo("150.00");
        assertThat(promise.promisedFor()).isEqualTo(today.plusDays(10));
        assertThat(promise.callId()).isEqualTo("call-1");
        assertThat(ledger.audit().findBySubject("promise", Long.toString(promise.id())))
                .singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("PROMISE_RECORDED"));
        assertThat(promises.findByReferenceNumber(promise.referenceNumber())).contains(promise);
    }

    @Test
    void recordingTheSameKeyAgainReturnsTheSamePromise() {
        NewPromise request = promise("p-1", "150.00", today.plusDays(10), invoiceA);
        Promise first = promises.record(request);

        assertThat(promises.record(request)).isEqualTo(first);
        assertThat(rows.count("promises_to_pay")).isEqualTo(1);
        assertThat(rows.count("promise_invoices")).isEqualTo(1);
    }

    @Test
    void concurrentRecordsOfTheSameKeyLandOnePromise() throws Exception {
        NewPromise request = promise("p-race", "90.00", today.plusDays(3), invoiceA, invoiceB);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Promise>> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5; i++) {
                results.add(executor.submit(() -> {
                    go.await();
                    return promises.record(request);
                }));
            }
            go.countDown();
            List<String> references = new ArrayList<>();
            for (Future<Promise> result : results) {
                references.add(result.get(30, TimeUnit.SECONDS).referenceNumber());
            }
            assertThat(references).containsOnly(references.getFirst());
        }
        assertThat(rows.count("promises_to_pay")).isEqualTo(1);
        assertThat(rows.count("promise_invoices")).isEqualTo(2);
    }

    @Test
    void refusesAnInvoiceOfAnotherAccountAndWritesNothing() {
        assertThatThrownBy(() -> promises.record(promise("p-1", "50.00", today.plusDays(5), invoiceA, foreignInvoice)))
                .isInstanceOfSatisfying(PromiseRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(PromiseRefusedException.Reason.INVOICE_OF_ANOTHER_ACCOUNT);
                    assertThat(refused.invoiceId()).isEqualTo(foreignInvoice);
                });
        assertThat(rows.count("promises_to_pay")).isZero();
        assertThat(rows.count("promise_invoices")).isZero();
        assertThat(promises.findByIdempotencyKey("p-1")).isEmpty();
    }

    @Test
    void refusesToReuseAKeyForAnotherDate() {
        promises.record(promise("p-1", "50.00", today.plusDays(5), invoiceA));

        assertThatThrownBy(() -> promises.record(promise("p-1", "50.00", today.plusDays(6), invoiceA)))
                .isInstanceOf(IdempotencyConflictException.class);
    }

    @Test
    void findsPendingPromisesDueOnOrBeforeADate() {
        Promise early = promises.record(promise("p-1", "10.00", today.minusDays(2), invoiceA));
        Promise onTheDay = promises.record(promise("p-2", "10.00", today, invoiceA));
        promises.record(promise("p-3", "10.00", today.plusDays(1), invoiceA));

        assertThat(promises.findDue(today)).extracting(Promise::id).containsExactly(early.id(), onTheDay.id());
    }

    @Test
    void marksAPromiseKeptWhenPaymentsSinceItCoverTheAmount() {
        Promise promise = promises.record(promise("p-1", "150.00", today.plusDays(10), invoiceA));
        pay("pay-1", "100.00", invoiceA);
        assertThat(promises.settle(today)).isEqualTo(new PromiseSettlement(0, 0));

        pay("pay-2", "50.00", invoiceA);
        PromiseSettlement settlement = promises.settle(today);

        assertThat(settlement).isEqualTo(new PromiseSettlement(1, 0));
        Promise kept = promises.findByIdempotencyKey("p-1").orElseThrow();
        assertThat(kept.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(kept.resolvedAt()).isNotNull();
        assertThat(ledger.audit().findBySubject("promise", Long.toString(promise.id())))
                .extracting(entry -> entry.action())
                .containsExactly("PROMISE_RECORDED", "PROMISE_KEPT");
        assertThat(ledger.alerts().findOpen()).isEmpty();
    }

    @Test
    void marksAPromiseBrokenOnceItsDatePassedAndRaisesOneAlertAcrossReruns() {
        pay("pay-before", "200.00", invoiceA);
        Promise promise = promises.record(promise("p-1", "100.00", today.minusDays(1), invoiceA));
        Promise notYetDue = promises.record(promise("p-2", "100.00", today.plusDays(1), invoiceB));

        PromiseSettlement first = promises.settle(today);
        PromiseSettlement second = promises.settle(today);

        assertThat(first).isEqualTo(new PromiseSettlement(0, 1));
        assertThat(second).isEqualTo(new PromiseSettlement(0, 0));
        assertThat(promises.findByIdempotencyKey("p-1").orElseThrow().status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(promises.findByIdempotencyKey("p-2").orElseThrow().status()).isEqualTo(PromiseStatus.PENDING);
        List<Alert> alerts = ledger.alerts().findOpen();
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.idempotencyKey()).isEqualTo("promise-broken:" + promise.id());
            assertThat(alert.kind()).isEqualTo("PROMISE_BROKEN");
            assertThat(alert.customerId()).isEqualTo(customerId);
            assertThat(alert.accountId()).isEqualTo(accountId);
            assertThat(alert.subject()).contains(promise.referenceNumber());
            assertThat(alert.message()).contains("100001", "100.00");
        });
        assertThat(notYetDue.status()).isEqualTo(PromiseStatus.PENDING);
        assertThat(rows.count("alerts")).isEqualTo(1);
    }

    @Test
    void aPaymentAfterThePromisedDateDoesNotKeepIt() {
        Promise promise = promises.record(promise("p-1", "100.00", today.minusDays(1), invoiceA));
        ledger.jdbc().update("test: the promise was made three days ago",
                "update promises_to_pay set created_at = now() - interval '3 days' where id = ?", promise.id());
        pay("pay-late", "100.00", invoiceA);

        assertThat(promises.settle(today)).isEqualTo(new PromiseSettlement(0, 1));
    }

    @Test
    void aPromiseDueTodayIsNotBrokenYet() {
        promises.record(promise("p-1", "100.00", today, invoiceA));

        assertThat(promises.settle(today)).isEqualTo(new PromiseSettlement(0, 0));
        assertThat(promises.settle(today.plusDays(1))).isEqualTo(new PromiseSettlement(0, 1));
    }

    @Test
    void concurrentSettlementsChangeEachPromiseOnce() throws Exception {
        for (int i = 0; i < 10; i++) {
            promises.record(promise("p-" + i, "10.00", today.minusDays(1), invoiceA));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PromiseSettlement>> runs = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3; i++) {
                runs.add(executor.submit(() -> {
                    go.await();
                    return promises.settle(today);
                }));
            }
            go.countDown();
            int broken = 0;
            for (Future<PromiseSettlement> run : runs) {
                broken += run.get(30, TimeUnit.SECONDS).broken();
            }
            assertThat(broken).isEqualTo(10);
        }
        assertThat(rows.count("alerts")).isEqualTo(10);
    }

    private NewPromise promise(String key, String amount, LocalDate promisedFor, Long... invoices) {
        return new NewPromise(key, accountId, new BigDecimal(amount), "USD", promisedFor, List.of(invoices), "call-1");
    }

    private void pay(String key, String amount, long invoiceId) {
        BigDecimal value = new BigDecimal(amount);
        ledger.payments().post(new NewPayment(key, accountId, value, "USD", "tok_" + key, null,
                new StoredCard("VISA", "1111", 12, 2030), "call-1", List.of(new Allocation(invoiceId, value))));
    }
}
