package org.ledgerline.ivr.transcription;

import java.time.Duration;

/**
 * How this node's transcription workers run (from {@code transcription.*}).
 *
 * @param workers platform threads transcribing at once; keep it at most cores - 1 so live calls
 *     always have a core
 * @param pollInterval how long an idle worker waits before looking for a due job again
 * @param lease how long a claimed job is held without a sign of life before another worker may take it
 * @param maxAttempts attempts before a failing job is parked
 * @param baseBackoff wait after the first failed attempt, doubling per attempt (half fixed, half random)
 * @param maxBackoff the longest wait between attempts
 * @param waitForFiles how long a job whose files have not arrived waits before it looks again
 */
public record TranscriptionSettings(int workers, Duration pollInterval, Duration lease, int maxAttempts,
        Duration baseBackoff, Duration maxBackoff, Duration waitForFiles) {
    public TranscriptionSettings {
        if (workers < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("at least one worker and one attempt");
        }
    }

    /** Default worker count: every core but one, at least one. */
    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
