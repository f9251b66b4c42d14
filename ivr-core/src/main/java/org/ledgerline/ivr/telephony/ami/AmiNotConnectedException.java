package org.ledgerline.ivr.telephony.ami;

import org.jspecify.annotations.Nullable;

/** The action was not sent: the connection is down, reconnecting, or writing to it failed. */
public final class AmiNotConnectedException extends AmiException {
    public AmiNotConnectedException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
