package org.ledgerline.ivr.transcription;

import java.util.Objects;

/**
 * Whether this node transcribes, for the back office's progress view: {@code OFF} (not configured to),
 * {@code LOADING} the model, {@code READY}, or {@code MODEL_UNAVAILABLE} with the start-up message
 * (jobs then stay queued for a node that has a model).
 */
public record TranscriptionAvailability(State state, String message) {
    /** The node's transcription state. */
    public enum State {
        OFF, LOADING, READY, MODEL_UNAVAILABLE
    }

    public TranscriptionAvailability {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }
}
