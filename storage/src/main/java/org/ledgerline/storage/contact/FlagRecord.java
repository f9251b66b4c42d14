package org.ledgerline.storage.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A flag as stored in {@code customer_flags}: set by someone at a time and, once cleared, cleared by
 * someone at a time. Cleared flags stay: they are the flag history.
 */
public record FlagRecord(
        long id,
        long customerId,
        FlagType type,
        @Nullable String phoneNumber,
        String setBy,
        Instant setAt,
        String note,
        @Nullable String clearedBy,
        @Nullable Instant clearedAt) {

    /** Not cleared yet. */
    public boolean active() {
        return clearedAt == null;
    }
}
