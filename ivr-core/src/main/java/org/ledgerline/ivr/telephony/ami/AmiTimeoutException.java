package org.ledgerline.ivr.telephony.ami;

import org.jspecify.annotations.Nullable;

/**
 * The action was sent but no answer came in time (or the waiting thread was interrupted): whether
 * Asterisk carried it out is unknown.
 */
public final class AmiTimeoutException extends AmiException {
    public AmiTimeoutException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
