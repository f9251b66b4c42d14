package org.ledgerline.ivr.mail;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with "equal jitter": after attempt {@code n} the wait is
 * {@code min(max, base * 2^(n-1))}, of which the first half is fixed and the second half random.
 * The jitter keeps many emails that failed together (an SMTP outage) from all retrying in the same
 * second when the server comes back; the fixed half keeps a retry from coming at once.
 */
final class RetryBackoff {
    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    RetryBackoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** The wait before the attempt after {@code attemptsSoFar} failed ones (1 or more). */
    Duration after(int attemptsSoFar) {
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
