package org.ledgerline.ivr.simulator;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A load run: {@code calls} emulated calls from {@code callerId} started evenly over {@code rampUp};
 * each caller keys {@code openingKeys} (e.g. its PIN) and then presses {@code repeatKey} at every
 * menu so the flow loops. Once every call is held (or {@code setupTimeout} after the ramp), all are
 * held for {@code hold} more, then hung up.
 *
 * @param playbackTime how long each prompt plays: the pace of every held call
 * @param setupTimeout how long after the ramp to wait for all calls to be held before holding anyway
 * @param recordedSounds the server's sounds directory, so each prompt plays for its recorded length
 *                     (the pace of real calls) instead of {@code playbackTime}; {@code null}: fixed pace
 */
public record LoadPlan(
        int calls,
        Duration rampUp,
        Duration hold,
        Duration playbackTime,
        String script,
        String callerId,
        String openingKeys,
        char repeatKey,
        Duration setupTimeout,
        @Nullable Path recordedSounds) {

    /** Upper bound on calls one run may place (loopback only). */
    public static final int MAX_CALLS = 20_000;

    public LoadPlan {
        if (calls < 1 || calls > MAX_CALLS) {
            throw new IllegalArgumentException("calls must be between 1 and " + MAX_CALLS);
        }
        if (hold.compareTo(Duration.ofMinutes(10)) > 0 || rampUp.compareTo(Duration.ofMinutes(10)) > 0
                || setupTimeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("ramp-up, hold and set-up timeout are capped at 10 minutes each");
        }
        CallerScript.parse(openingKeys);
    }

    /** The longest a run can last before its calls are released. */
    public Duration bound() {
        return rampUp.plus(setupTimeout).plus(hold);
    }
}
