package org.ledgerline.ivr.call.control;

/** Why the call ended, as far as the switch told us. */
public enum CallEndReason {
    /** The switch reported the hang-ups; the cause code says who and why. */
    HUNG_UP,
    /**
     * The connection to the switch dropped during the call and, once back, the switch no longer
     * listed any of its channels: it ended while we were not listening, cause unknown.
     */
    LOST_DURING_RECONNECT
}
