package org.ledgerline.ivr.recording;

/**
 * The listener may not hear this call (another collector's, or a customer outside the credit
 * manager's portfolio). The message names only the call: it may reach the client.
 */
public final class PlaybackNotPermittedException extends RuntimeException {
    public PlaybackNotPermittedException(long collectorCallId) {
        super("collector call " + collectorCallId + " is not one of the calls you may play");
    }
}
