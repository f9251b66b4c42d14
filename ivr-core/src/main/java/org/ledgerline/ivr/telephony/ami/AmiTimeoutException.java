package org.ledgerline.ivr.telephony.ami;

/**
 * The action was sent but no answer came in time (or the waiting thread was interrupted): whether
 * Asterisk carried it out is unknown.
 */
public final class AmiTimeoutException extends AmiException {
    public AmiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
