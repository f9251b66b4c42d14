package org.ledgerline.ivr.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(1), Duration.ofHours(1),
            RandomGenerator.of("L64X128MixRandom"));

    @Test
    void doublesPerAttemptWithHalfOfItRandomUpToTheMaximum() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.after(1)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
            assertThat(backoff.after(3)).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(4));
            assertThat(backoff.after(40)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
        }
    }
}
