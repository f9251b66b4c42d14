package org.ledgerline.ivr.simulator;

import java.time.Duration;

/**
 * A load run: {@code calls} emulated calls started evenly over {@code rampUp}, all held open for
 * {@code hold} once set up (each caller keys {@code openingKeys}, then presses {@code repeatKey} at
 * every menu so the flow loops), then hung up.
 *
 * @param playbackTime how long each prompt plays: the pace of every held call
 * @param setupTimeout how long to wait for all calls to be set up before holding anyway
 */
public record LoadPlan(
        int calls,
        Duration rampUp,
        Duration hold,
        Duration playbackTime,
        String script,
        String openingKeys,
        char repeatKey,
        Duration setupTimeout) {

    /** Upper bound on calls one run may place (loopback only, one JVM). */
    public static final int MAX_CALLS = 20_000;

    public LoadPlan {
        if (calls < 1 || calls > MAX_CALLS) {
            throw new IllegalArgumentException("calls must be between 1 and " + MAX_CALLS);
        }
        if (hold.compareTo(Duration.ofMinutes(10)) > 0 || rampUp.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("ramp-up and hold are capped at 10 minutes each");
        }
    }
}
