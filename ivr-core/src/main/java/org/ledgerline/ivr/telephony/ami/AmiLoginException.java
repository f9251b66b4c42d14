package org.ledgerline.ivr.telephony.ami;

/** Logging in to AMI failed: Asterisk unreachable, no banner, or the credentials were refused. */
public final class AmiLoginException extends AmiException {
    public AmiLoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
