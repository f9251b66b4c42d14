package org.ledgerline.ivr.simulator;

import java.time.Duration;
import java.util.Arrays;

/**
 * Percentiles of a set of measured durations (nearest-rank, over every sample: no histogram
 * buckets, no sampling).
 *
 * @param count how many samples
 */
public record LatencySummary(long count, Duration p50, Duration p99, Duration max) {

    /** No samples: every percentile is zero. */
    public static final LatencySummary EMPTY = new LatencySummary(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** Summarises {@code nanos} (sorted in place). */
    public static LatencySummary ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return EMPTY;
        }
        Arrays.sort(nanos);
        return new LatencySummary(nanos.length, Duration.ofNanos(percentile(nanos, 0.50)),
                Duration.ofNanos(percentile(nanos, 0.99)), Duration.ofNanos(nanos[nanos.length - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
    }

    /** {@code p50 / p99 / max in ms (n samples)}. */
    public String describe() {
        return "%.2f / %.2f / %.1f ms  (%d)".formatted(millis(p50), millis(p99), millis(max), count);
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1_000_000.0;
    }
}
