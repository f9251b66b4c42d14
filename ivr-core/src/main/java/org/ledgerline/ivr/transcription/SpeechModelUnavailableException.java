package org.ledgerline.ivr.transcription;

import java.io.Serial;

/**
 * The speech model cannot be used: the configured directory is missing, unreadable or no Vosk model,
 * or the default model could not be unpacked. The message says which key, which path and what the
 * directory must contain; the node keeps running without transcription and jobs stay queued.
 */
public final class SpeechModelUnavailableException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SpeechModelUnavailableException(String message) {
        super(message);
    }

    public SpeechModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
