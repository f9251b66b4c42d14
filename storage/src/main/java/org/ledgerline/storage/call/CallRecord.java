package org.ledgerline.storage.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One phone call as the ledger remembers it, keyed by Asterisk's unique id. */
public record CallRecord(
        String callId,
        String direction,
        @Nullable String channel,
        @Nullable String callerId,
        String flow,
        @Nullable Long accountId,
        Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable String outcome) {}
