package org.ledgerline.ivr.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.payment.Allocation;
import org.ledgerline.storage.payment.NewPayment;
import org.ledgerline.storage.payment.StoredCard;
import org.ledgerline.storage.promise.NewPromise;
import org.ledgerline.storage.promise.Promise;
import org.ledgerline.storage.promise.PromiseRepository;
import org.ledgerline.storage.promise.PromiseSettlement;
import org.ledgerline.storage.promise.PromiseStatus;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

/** The settlement job against embedded PostgreSQL: kept and broken promises, one alert each broken one. */
class PromiseSettlementJobIT {
    private final Clock clock = Clock.systemUTC();
    private final LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    private Ledger ledger;
    private long accountId;
    private long invoiceId;

    @BeforeEach
    void openLedger() {
        ledger = TestLedgers.newLedger();
        LedgerRows rows = new LedgerRows(ledger);
        accountId = rows.account(rows.customer("Settle Co", "UTC", "5559000"), "300001", "hash");
        invoiceId = rows.openInvoice(accountId, "9001", "500.00", today.minusDays(20));
        rows.call("call-settle");
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void marksPaidPromisesKeptAndPassedOnesBrokenWithOneAlertEachEvenWhenRunTwice() {
        Promise kept = promise("settle/kept", "100.00", today.plusDays(5));
        Promise broken = promise("settle/broken", "50.00", today.minusDays(3));
        ledger.payments()
                .post(new NewPayment("settle/payment", accountId, new BigDecimal("100.00"), "USD", "tok_settle",
                        null, new StoredCard("VISA", "1111", 12, 2030), "call-settle",
                        List.of(new Allocation(invoiceId, new BigDecimal("100.00")))));
        try (PromiseSettlementJob job = new PromiseSettlementJob(ledger.promises(), clock, Duration.ofHours(1))) {
            assertThat(job.runOnce()).isEqualTo(new PromiseSettlement(1, 1));
            assertThat(job.runOnce()).isEqualTo(new PromiseSettlement(0, 0));
        }

        assertThat(status(kept)).isEqualTo(PromiseStatus.KEPT);
        assertThat(status(broken)).isEqualTo(PromiseStatus.BROKEN);
        assertThat(ledger.alerts().findOpen()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo("PROMISE_BROKEN");
            assertThat(alert.idempotencyKey()).isEqualTo("promise-broken:" + broken.id());
        });
    }

    @Test
    void onceStartedItSettlesOnItsOwnAndKeepsRunning() throws InterruptedException {
        Promise broken = promise("settle/scheduled", "50.00", today.minusDays(3));
        CountDownLatch runs = new CountDownLatch(3);
        PromiseRepository counting = new CountingPromises(ledger.promises(), runs);

        try (PromiseSettlementJob job = new PromiseSettlementJob(counting, clock, Duration.ofMillis(20))) {
            job.start();
            assertThat(runs.await(20, TimeUnit.SECONDS)).as("three scheduled runs").isTrue();
        }

        assertThat(status(broken)).isEqualTo(PromiseStatus.BROKEN);
        assertThat(ledger.alerts().findOpen()).hasSize(1);
    }

    private Promise promise(String key, String amount, LocalDate promisedFor) {
        return ledger.promises().record(new NewPromise(key, accountId, new BigDecimal(amount), "USD", promisedFor,
                List.of(invoiceId), "call-settle"));
    }

    private PromiseStatus status(Promise promise) {
        return ledger.promises().findByIdempotencyKey(promise.idempotencyKey()).orElseThrow().status();
    }

    /** Counts settlement runs for the test to await. */
    private record CountingPromises(PromiseRepository delegate, CountDownLatch runs) implements PromiseRepository {
        @Override
        public Promise record(NewPromise promise) {
            return delegate.record(promise);
        }

        @Override
        public Optional<Promise> findByIdempotencyKey(String idempotencyKey) {
            return delegate.findByIdempotencyKey(idempotencyKey);
        }

        @Override
        public Optional<Promise> findByReferenceNumber(String referenceNumber) {
            return delegate.findByReferenceNumber(referenceNumber);
        }

        @Override
        public List<Promise> findByAccount(long accountId, int limit) {
            return delegate.findByAccount(accountId, limit);
        }

        @Override
        public List<Promise> findDue(LocalDate asOf) {
            return delegate.findDue(asOf);
        }

        @Override
        public PromiseSettlement settle(LocalDate asOf) {
            PromiseSettlement settled = delegate.settle(asOf);
            runs.countDown();
            return settled;
        }
    }
}
