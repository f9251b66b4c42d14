package org.ledgerline.storage.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A telephone call about one debt as stored in {@code contact_attempts}.
 *
 * @param disposition how it ended; null for a call the gate denied (never placed)
 * @param conversation whether the collector spoke with the customer about the debt (derived from
 *     the disposition by the schema)
 * @param gate the gate's verdict; null for inbound calls
 */
public record CallAttempt(
        long id,
        String idempotencyKey,
        long accountId,
        AttemptDirection direction,
        String phoneNumber,
        @Nullable Long collectorUserId,
        @Nullable Long collectorCallId,
        Instant startedAt,
        @Nullable Instant answeredAt,
        @Nullable Instant endedAt,
        @Nullable AttemptDisposition disposition,
        boolean conversation,
        @Nullable GateVerdict gate) {

    /** True when the call was placed (or taken): everything but a call the gate refused. */
    public boolean placed() {
        return disposition != null;
    }
}
