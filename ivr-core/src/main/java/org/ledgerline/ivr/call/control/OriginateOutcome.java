package org.ledgerline.ivr.call.control;

import java.util.Arrays;

/**
 * How the originated channel ended up, from the {@code Reason} code Asterisk puts on an
 * OriginateResponse: the last control frame the channel saw while it was being set up
 * ({@code AST_CONTROL_*} in include/asterisk/frame.h), or 0 when the channel could not be created.
 */
public enum OriginateOutcome {
    /** Reason 0: the channel could not be placed at all (unknown device, unreachable, refused). */
    FAILED(0),
    /** Reason 1 (AST_CONTROL_HANGUP): the other end hung up while being set up. */
    HUNG_UP(1),
    /** Reason 2 (AST_CONTROL_RING): it was still ringing locally when the time ran out. */
    RING(2),
    /** Reason 3 (AST_CONTROL_RINGING): it rang but nobody answered within the ring timeout. */
    NO_ANSWER(3),
    /** Reason 4 (AST_CONTROL_ANSWER): answered; the channel now runs the dialplan. */
    ANSWERED(4),
    /** Reason 5 (AST_CONTROL_BUSY): busy. */
    BUSY(5),
    /** Reason 8 (AST_CONTROL_CONGESTION): the network or trunk was congested. */
    CONGESTION(8),
    /** Any other code: kept as {@link OriginateResult#reasonCode()}. */
    OTHER(-1);

    private final int reasonCode;

    OriginateOutcome(int reasonCode) {
        this.reasonCode = reasonCode;
    }

    /** The outcome Asterisk's {@code Reason} code stands for. */
    public static OriginateOutcome fromReason(int reasonCode) {
        return Arrays.stream(values()).filter(o -> o.reasonCode == reasonCode && o != OTHER).findFirst().orElse(OTHER);
    }
}
