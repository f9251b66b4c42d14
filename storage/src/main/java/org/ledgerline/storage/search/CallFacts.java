package org.ledgerline.storage.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a transcribed call that searches filter on and access is judged by.
 *
 * @param collectorCallId the collector call, null for a self-serve recording
 * @param selfServeCallId the self-serve call (Asterisk's id), null for a collector call
 * @param recordingId the self-serve recording, null for a collector call
 */
public record CallFacts(
        @Nullable Long collectorCallId,
        @Nullable String selfServeCallId,
        @Nullable Long recordingId,
        @Nullable Instant startedAt,
        @Nullable Long collectorUserId,
        @Nullable String collectorUsername,
        @Nullable Long customerId,
        @Nullable String customerName,
        @Nullable Long accountId,
        @Nullable String accountNumber,
        @Nullable CallDirection direction,
        @Nullable String disposition) {}
