package org.ledgerline.storage.call;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes the calls table. The Asterisk unique id is the idempotency key: starting the same call
 * twice records it once.
 */
public interface CallRepository {
    void recordStart(String callId, String direction, @Nullable String channel, @Nullable String callerId, String flow,
            Instant startedAt);

    void attachAccount(String callId, long accountId);

    void recordEnd(String callId, Instant endedAt, String outcome);

    Optional<CallRecord> findById(String callId);
}
