package org.ledgerline.ivr.transcription;

import java.io.Serial;

/**
 * The audio could not be decoded (not a WAV file, a truncated header, a format the engine does not
 * take, an I/O error). The message names the file relative to the recordings directory at most.
 */
public final class UnreadableAudioException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public UnreadableAudioException(String message) {
        super(message);
    }

    public UnreadableAudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
