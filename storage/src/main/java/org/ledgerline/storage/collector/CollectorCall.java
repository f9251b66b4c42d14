package org.ledgerline.storage.collector;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.GateVerdict;

/**
 * A collector call as stored in {@code collector_calls}.
 *
 * @param disposition how it ended; null while it runs and for a call the gate denied
 */
public record CollectorCall(
        long id,
        String idempotencyKey,
        long collectorUserId,
        @Nullable Long customerId,
        @Nullable Long accountId,
        @Nullable String collectorEndpoint,
        String dialledNumber,
        GateVerdict gate,
        boolean announced,
        @Nullable String asteriskLinkedid,
        @Nullable String asteriskUniqueid,
        @Nullable String callId,
        Instant startedAt,
        @Nullable Instant answeredAt,
        @Nullable Instant endedAt,
        @Nullable AttemptDisposition disposition) {}
