package org.ledgerline.ivr.call.control;

import java.util.Objects;

/**
 * The switch's report on an originate.
 *
 * @param callId the request's channel id, i.e. the call's id
 * @param outcome what happened to the first leg
 * @param reasonCode Asterisk's raw {@code Reason} code
 * @param channel the channel name the switch created (e.g. {@code PJSIP/2001-00000007}) or, when
 *     none was created, the device as requested
 * @param uniqueId the created channel's unique id, or "" when none was created
 */
public record OriginateResult(String callId, OriginateOutcome outcome, int reasonCode, String channel,
        String uniqueId) {

    public OriginateResult {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(uniqueId, "uniqueId");
    }

    /** True when the first leg answered and the dialplan now runs the call. */
    public boolean answered() {
        return outcome == OriginateOutcome.ANSWERED;
    }
}
