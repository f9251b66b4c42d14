package org.ledgerline.ivr.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.promise.NewPromise;
import org.ledgerline.storage.promise.Promise;
import org.ledgerline.storage.promise.PromiseRefusedException;
import org.ledgerline.storage.promise.PromiseRepository;
import org.ledgerline.storage.promise.PromiseSettlement;
import org.ledgerline.storage.promise.PromiseStatus;

/**
 * Promises in memory with the JDBC repository's exactly-once rule. The in-memory ledger keeps no
 * payments, so {@link #settle} only finds promises broken (with one alert each), never kept.
 * {@link #failNextWrites} makes the next writes fail as a lost connection does.
 */
public final class InMemoryPromiseRepository implements PromiseRepository {
    private final InMemoryLedger ledger;
    private final InMemoryAlertRepository alerts;
    private final Clock clock;
    private final Map<String, Promise> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger failingWrites = new AtomicInteger();
    private final AtomicInteger writeAttempts = new AtomicInteger();

    InMemoryPromiseRepository(InMemoryLedger ledger, InMemoryAlertRepository alerts, Clock clock) {
        this.ledger = ledger;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The next {@code count} calls to {@link #record} fail with {@link LedgerUnavailableException}, writing nothing. */
    public void failNextWrites(int count) {
        failingWrites.set(count);
    }

    /** How many times {@link #record} was called, retries included. */
    public int writeAttempts() {
        return writeAttempts.get();
    }

    @Override
    public synchronized Promise record(NewPromise p) {
        writeAttempts.incrementAndGet();
        ledger.requireUp();
        if (failingWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new LedgerUnavailableException("connection lost while recording a promise (test)", null);
        }
        Promise original = byKey.get(p.idempotencyKey());
        if (original != null) {
            if (original.accountId() != p.accountId() || original.amount().compareTo(p.amount()) != 0
                    || !original.promisedFor().equals(p.promisedFor())) {
                throw new IdempotencyConflictException("promise");
            }
            return original;
        }
        for (long invoiceId : p.invoiceIds()) {
            Invoice invoice = ledger.invoices.get(invoiceId);
            if (invoice == null) {
                throw new PromiseRefusedException(PromiseRefusedException.Reason.UNKNOWN_INVOICE, invoiceId);
            }
            if (invoice.accountId() != p.accountId()) {
                throw new PromiseRefusedException(PromiseRefusedException.Reason.INVOICE_OF_ANOTHER_ACCOUNT, invoiceId);
            }
        }
        long id = ledger.nextId();
        Promise promise = new Promise(id, String.format("%08d", id), p.idempotencyKey(), p.accountId(), p.amount(),
                p.currency(), p.promisedFor(), PromiseStatus.PENDING, p.invoiceIds(), p.callId(), clock.instant(),
                null);
        byKey.put(p.idempotencyKey(), promise);
        return promise;
    }

    @Override
    public Optional<Promise> findByIdempotencyKey(String idempotencyKey) {
        ledger.requireUp();
        return Optional.ofNullable(byKey.get(idempotencyKey));
    }

    @Override
    public Optional<Promise> findByReferenceNumber(String referenceNumber) {
        ledger.requireUp();
        return byKey.values().stream().filter(p -> p.referenceNumber().equals(referenceNumber)).findFirst();
    }

    @Override
    public List<Promise> findByAccount(long accountId, int limit) {
        ledger.requireUp();
        return byKey.values().stream()
                .filter(p -> p.accountId() == accountId)
                .sorted(Comparator.comparing(Promise::createdAt).thenComparingLong(Promise::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<Promise> findDue(LocalDate asOf) {
        ledger.requireUp();
        return byKey.values().stream()
                .filter(p -> p.status() == PromiseStatus.PENDING && !p.promisedFor().isAfter(asOf))
                .sorted(Comparator.comparing(Promise::promisedFor).thenComparingLong(Promise::id))
                .toList();
    }

    @Override
    public synchronized PromiseSettlement settle(LocalDate asOf) {
        ledger.requireUp();
        int broken = 0;
        for (Map.Entry<String, Promise> entry : byKey.entrySet()) {
            Promise p = entry.getValue();
            if (p.status() == PromiseStatus.PENDING && p.promisedFor().isBefore(asOf)) {
                entry.setValue(new Promise(p.id(), p.referenceNumber(), p.idempotencyKey(), p.accountId(), p.amount(),
                        p.currency(), p.promisedFor(), PromiseStatus.BROKEN, p.invoiceIds(), p.callId(), p.createdAt(),
                        clock.instant()));
                alerts.raise("promise-broken:" + p.id(), "PROMISE_BROKEN", null, p.accountId(),
                        "Promise to pay " + p.referenceNumber() + " broken", "Promise broken (test)");
                broken++;
            }
        }
        return new PromiseSettlement(0, broken);
    }

    /** Every promise recorded, oldest first, for assertions. */
    public List<Promise> all() {
        return byKey.values().stream().sorted(Comparator.comparingLong(Promise::id)).toList();
    }
}
