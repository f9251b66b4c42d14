package org.ledgerline.ivr.payment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.alert.Alert;
import org.ledgerline.storage.alert.AlertRepository;

/** Alerts in memory, once per idempotency key as the JDBC repository raises them. */
final class FakeAlertRepository implements AlertRepository {
    private final Map<String, Alert> byKey = new LinkedHashMap<>();

    @Override
    public synchronized Alert raise(String idempotencyKey, String kind, @Nullable Long customerId,
            @Nullable Long accountId, String subject,
            String message) {
        return byKey.computeIfAbsent(idempotencyKey,
                key -> new Alert(byKey.size() + 1L, key, kind, "WARNING", customerId,
                        accountId, subject, message, Instant.EPOCH, null));
    }

    @Override
    public synchronized List<Alert> findOpen() {
        return List.copyOf(byKey.values());
    }

    @Override
    public synchronized boolean acknowledge(long alertId) {
        return byKey.values().stream().anyMatch(alert -> alert.id() == alertId);
    }
}
