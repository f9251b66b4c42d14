package org.ledgerline.ivr.recording;

/**
 * The listener may not hear this call (another collector's, or a customer outside the credit
 * manager's portfolio). The message names only the call: it may reach the client.
 */
public final class PlaybackNotPermittedException extends RuntimeException {
    /** @param what the call or recording refused, e.g. {@code collector call 5} or {@code recording 7} */
    public PlaybackNotPermittedException(String what) {
        super(what + " is not one of the calls you may play");
    }
}
