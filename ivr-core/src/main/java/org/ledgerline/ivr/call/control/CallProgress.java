package org.ledgerline.ivr.call.control;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One phase change of a call.
 *
 * @param callId the call's linked id (the originating channel's id)
 * @param phase where the call is now
 * @param at when this node learnt of it
 * @param dialStatus the last dial result the switch reported ({@code ANSWER}, {@code BUSY},
 *     {@code NOANSWER}, {@code CANCEL}, {@code CHANUNAVAIL}, ...), or "" when nothing was dialled
 * @param hangupCause the Q.850 cause of the first channel that hung up (16 normal clearing, 17
 *     busy, 19 no answer), or 0 before that or when unknown
 * @param hangupCauseText the switch's wording of that cause, or ""
 * @param endReason set only in {@link CallPhase#ENDED}
 */
public record CallProgress(String callId, CallPhase phase, Instant at, String dialStatus, int hangupCause,
        String hangupCauseText, Optional<CallEndReason> endReason) {

    public CallProgress {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(dialStatus, "dialStatus");
        Objects.requireNonNull(hangupCauseText, "hangupCauseText");
        Objects.requireNonNull(endReason, "endReason");
        if (endReason.isPresent() != (phase == CallPhase.ENDED)) {
            throw new IllegalArgumentException("an end reason belongs to the ENDED phase only, got " + phase);
        }
    }
}
