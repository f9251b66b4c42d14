package org.ledgerline.ivr.telephony.ami;

/** The action was not sent: the connection is down, reconnecting, or writing to it failed. */
public final class AmiNotConnectedException extends AmiException {
    public AmiNotConnectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
