package org.ledgerline.ivr.call.control;

/** Why a call-control request did not get a confirmed answer. */
public enum CallControlFailure {
    /** No connection to the switch (down, reconnecting, or the request could not be written). */
    NOT_CONNECTED,
    /** The request was sent but its answer did not come in time; the outcome is unknown. */
    TIMED_OUT,
    /** The switch refused it (no such channel, invalid request, permission denied). */
    REJECTED
}
