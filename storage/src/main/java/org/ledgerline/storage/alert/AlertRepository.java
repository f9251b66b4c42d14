package org.ledgerline.storage.alert;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Raises and lists alerts. Writes join the caller's transaction if there is one. */
public interface AlertRepository {
    /**
     * Raises an alert (severity {@code WARNING}) once per idempotency key: raising the same key
     * again writes nothing and returns the alert raised first.
     *
     * @param idempotencyKey names the event, e.g. {@code promise-broken:42}
     * @param customerId may be null
     * @param accountId may be null
     */
    Alert raise(String idempotencyKey, String kind, @Nullable Long customerId, @Nullable Long accountId, String subject,
            String message);

    /** Alerts nobody has acknowledged yet, oldest first. */
    List<Alert> findOpen();

    /** Marks an alert as seen; acknowledging it again keeps the first time. Returns false if there is no such alert. */
    boolean acknowledge(long alertId);
}
