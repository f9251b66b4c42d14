package org.ledgerline.storage.reconciliation;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which calls to reconcile: those started in {@code [from, to)}, optionally only one collector's
 * (by username; self-serve calls have no collector and are then left out).
 */
public record ReconciliationQuery(Instant from, Instant to, @Nullable String collector) {
    public ReconciliationQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
