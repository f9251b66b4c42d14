package org.ledgerline.ivr.call;

/** The caller hung up. Flows let it propagate; the call runner ends the call cleanly. */
public class CallerHungUpException extends RuntimeException {
    public CallerHungUpException() {
        super("caller hung up", null, false, false);
    }
}
