package org.ledgerline.ivr.call;

/** Why a recording pause or resume was not confirmed. */
public enum RecordingControlFailure {
    /** No connection to the switch (down, reconnecting, or the request could not be written). */
    NOT_CONNECTED,
    /** The request was sent but no answer came within the timeout; its outcome is unknown. */
    TIMED_OUT,
    /** The switch answered with an error (unknown channel, no recording on it, permission denied). */
    REJECTED
}
