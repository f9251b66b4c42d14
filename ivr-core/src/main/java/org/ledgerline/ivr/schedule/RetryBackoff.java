package org.ledgerline.ivr.schedule;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with "equal jitter": after attempt {@code n} the wait is
 * {@code min(max, base * 2^(n-1))}, of which the first half is fixed and the second half random.
 * The jitter keeps work that failed together (emails in an SMTP outage, transcription jobs while the
 * ledger was down) from all retrying in the same second; the fixed half keeps a retry from coming at
 * once. Used by the mail outbox and the transcription queue.
 */
public final class RetryBackoff {
    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    public RetryBackoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** The wait before the attempt after {@code attemptsSoFar} failed ones (1 or more). */
    public Duration after(int attemptsSoFar) {
        int doublings = Math.min(Math.max(attemptsSoFar, 1) - 1, 40);
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        long capped = Math.min(millis, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (capped - half == 0 ? 0 : random.nextLong(capped - half + 1)));
    }
}
