package org.ledgerline.storage.transcription;

import java.time.Instant;
import java.util.List;

/** Card-capture pauses of recordings, so no transcript segment is ever produced inside one. */
public interface RecordingPauseRepository {

    /** Records that the self-serve call's recording was paused; the same key lands once. */
    PauseInterval pausedSelfServe(String idempotencyKey, String callId, String channel, Instant pausedAt);

    /** Records that the collector call's recording was paused; the same key lands once. */
    PauseInterval pausedCollectorCall(String idempotencyKey, long collectorCallId, String channel, Instant pausedAt);

    /** Records the confirmed resume of the pause with this key (the first resume stands). */
    void resumed(String idempotencyKey, Instant resumedAt);

    /** The pauses of a self-serve call, oldest first. */
    List<PauseInterval> pausesOfCall(String callId);

    /** The pauses of a collector call, oldest first. */
    List<PauseInterval> pausesOfCollectorCall(long collectorCallId);
}
