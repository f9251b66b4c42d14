package org.ledgerline.ivr.mail;

import java.time.Duration;

/**
 * How the outbox worker delivers.
 *
 * @param pollInterval time between looks for due emails
 * @param maxAttempts attempts before an email is marked failing (with one alert)
 * @param baseBackoff the wait after the first failed attempt; it doubles per attempt, with jitter
 * @param maxBackoff the longest wait between attempts
 * @param sendTimeout how long one SMTP send may take; the claim's lease is derived from it
 */
public record OutboxSettings(
        Duration pollInterval, int maxAttempts, Duration baseBackoff, Duration maxBackoff, Duration sendTimeout) {
    /** Emails claimed per look; small, so one slow server does not hold many rows leased. */
    static final int BATCH_SIZE = 10;

    public OutboxSettings {
        if (pollInterval.isZero() || pollInterval.isNegative() || maxAttempts < 1 || baseBackoff.isNegative()
                || maxBackoff.compareTo(baseBackoff) < 0 || sendTimeout.isZero() || sendTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "outbox settings out of range: " + pollInterval + ", " + maxAttempts + ", "
                            + baseBackoff + ", " + maxBackoff + ", " + sendTimeout);
        }
    }

    /**
     * How long a claimed email is kept from other workers: long enough for every send of the batch
     * to time out, so a live worker's email is never sent twice; after a crash it is due again then.
     */
    Duration lease() {
        return sendTimeout.multipliedBy(BATCH_SIZE + 1L).plus(pollInterval);
    }
}
