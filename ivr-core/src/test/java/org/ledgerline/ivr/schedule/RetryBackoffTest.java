package org.ledgerline.ivr.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    /** A generator that always draws its lowest or its highest value, to pin the jitter's bounds. */
    private static RandomGenerator always(boolean highest) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return highest ? bound - 1 : 0;
            }
        };
    }

    @Test
    void theWaitDoublesPerFailedAttemptWithinHalfToAllOfTheStep() {
        RetryBackoff lowest = new RetryBackoff(BASE, MAX, always(false));
        RetryBackoff highest = new RetryBackoff(BASE, MAX, always(true));

        assertThat(IntStream.rangeClosed(1, 4).mapToObj(lowest::after)).containsExactly(
                Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120));
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(highest::after)).containsExactly(
                Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240));
    }

    @Test
    void theWaitNeverExceedsTheMaximumHoweverManyAttemptsFailed() {
        RetryBackoff highest = new RetryBackoff(BASE, MAX, always(true));

        assertThat(highest.after(8)).isEqualTo(MAX);
        assertThat(highest.after(1_000)).isEqualTo(MAX);
        assertThat(new RetryBackoff(BASE, MAX, always(false)).after(1_000)).isEqualTo(MAX.dividedBy(2));
    }

    @Test
    void manyEmailsFailingTogetherDoNotAllRetryAtTheSameMoment() {
        RetryBackoff jittered = new RetryBackoff(BASE, MAX, RandomGenerator.of("L64X128MixRandom"));

        long distinct = IntStream.range(0, 50).mapToObj(i -> jittered.after(3)).distinct().count();

        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void aSeededGeneratorStaysWithinHalfToAllOfEachStepUpToTheMaximum() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(1), Duration.ofHours(1),
                RandomGenerator.of("L64X128MixRandom"));
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.after(1)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
            assertThat(backoff.after(3)).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(4));
            assertThat(backoff.after(40)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
        }
    }
}
