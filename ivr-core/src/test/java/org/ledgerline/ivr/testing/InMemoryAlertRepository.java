package org.ledgerline.ivr.testing;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.alert.Alert;
import org.ledgerline.storage.alert.AlertRepository;

/** Alerts in memory, once per idempotency key like the JDBC repository. */
public final class InMemoryAlertRepository implements AlertRepository {
    private final InMemoryLedger ledger;
    private final Clock clock;
    private final Map<String, Alert> byKey = new ConcurrentHashMap<>();

    InMemoryAlertRepository(InMemoryLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public synchronized Alert raise(String idempotencyKey, String kind, @Nullable Long customerId,
            @Nullable Long accountId, String subject, String message) {
        ledger.requireUp();
        return byKey.computeIfAbsent(idempotencyKey, key -> new Alert(ledger.nextId(), key, kind, "WARNING", customerId,
                accountId, subject, message, clock.instant(), null));
    }

    @Override
    public List<Alert> findOpen() {
        ledger.requireUp();
        return byKey.values().stream()
                .filter(alert -> alert.acknowledgedAt() == null)
                .sorted(Comparator.comparingLong(Alert::id))
                .toList();
    }

    @Override
    public synchronized boolean acknowledge(long alertId) {
        ledger.requireUp();
        for (Map.Entry<String, Alert> entry : byKey.entrySet()) {
            Alert a = entry.getValue();
            if (a.id() == alertId) {
                if (a.acknowledgedAt() == null) {
                    entry.setValue(new Alert(a.id(), a.idempotencyKey(), a.kind(), a.severity(), a.customerId(),
                            a.accountId(), a.subject(), a.message(), a.createdAt(), clock.instant()));
                }
                return true;
            }
        }
        return false;
    }
}
