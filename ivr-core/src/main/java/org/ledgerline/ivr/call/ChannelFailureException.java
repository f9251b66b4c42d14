package org.ledgerline.ivr.call;

/** The connection to the switch failed (socket error, protocol error). The call cannot go on. */
public class ChannelFailureException extends RuntimeException {
    public ChannelFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
