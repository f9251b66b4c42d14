package org.ledgerline.ivr.call;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The switch did not confirm a pause or resume of the call recording. For a pause this means the
 * recording may still be running, so card digits must not be collected. The message names the
 * channel and the reason; it never carries caller input.
 */
public class RecordingControlException extends RuntimeException {
    private final RecordingControlFailure failure;

    public RecordingControlException(RecordingControlFailure failure, String message) {
        super(message);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public RecordingControlException(RecordingControlFailure failure, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** Why the change was not confirmed, for metrics and for choosing what to tell the caller. */
    public RecordingControlFailure failure() {
        return failure;
    }
}
