package org.ledgerline.ivr.transcription;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Wait before the next attempt of a failed job: {@code base * 2^(attempts - 1)}, capped, of which
 * half is fixed and half random, so jobs that failed together do not retry together.
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

    Duration after(int attempts) {
        int doublings = Math.clamp(attempts - 1, 0, 30);
        long full = Math.min(max.toMillis(), base.toMillis() << doublings);
        long half = full / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
