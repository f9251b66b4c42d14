package org.ledgerline.storage.call;

import java.time.Instant;

/** One phone call as the ledger remembers it, keyed by Asterisk's unique id. */
public record CallRecord(
        String callId,
        String direction,
        String channel,
        String callerId,
        String flow,
        Long accountId,
        Instant startedAt,
        Instant endedAt,
        String outcome) {}
