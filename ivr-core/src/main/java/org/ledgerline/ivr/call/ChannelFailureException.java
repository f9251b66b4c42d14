package org.ledgerline.ivr.call;

import org.jspecify.annotations.Nullable;

/** The connection to the switch failed (socket error, protocol error). The call cannot go on. */
public class ChannelFailureException extends RuntimeException {
    public ChannelFailureException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
