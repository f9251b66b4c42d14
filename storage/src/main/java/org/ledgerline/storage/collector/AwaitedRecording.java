package org.ledgerline.storage.collector;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A recording whose file has not been seen yet, with what the wait for it needs: when its call ended
 * (the deadline counts from there) and whose call it was (for the alert if it never comes).
 */
public record AwaitedRecording(CallRecording recording, Instant callEndedAt, @Nullable Long customerId,
        @Nullable Long accountId) {}
