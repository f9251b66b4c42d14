package org.ledgerline.ivr.call.control;

/**
 * Where a call is, in the only order it can move: a call may skip phases (a busy customer never
 * rings, a reconnect may find it already bridged) but never goes back.
 */
public enum CallPhase {
    /** The switch created the first channel; nobody is alerted yet. */
    DIALLING,
    /** A phone is ringing (the collector's, then the customer's). */
    RINGING,
    /**
     * The dialled leg answered (the switch reported the dial result ANSWER, or a leg other than the
     * call's first is up). The first leg answering (the collector picking up an originated call)
     * is not this phase; a call that dials nobody never reaches it.
     */
    ANSWERED,
    /** Two legs of the call are talking through a bridge. */
    BRIDGED,
    /** Every channel of the call is gone; see {@link CallProgress#endReason()}. */
    ENDED;

    /** True when {@code next} is a later phase than this one. */
    public boolean isBefore(CallPhase next) {
        return compareTo(next) < 0;
    }
}
