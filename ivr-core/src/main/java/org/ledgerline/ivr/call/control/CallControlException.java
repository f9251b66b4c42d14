package org.ledgerline.ivr.call.control;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The switch did not confirm a call-control request. The message names the channel or call and
 * the reason; it never carries secrets or caller input.
 */
public class CallControlException extends RuntimeException {
    private final CallControlFailure failure;

    public CallControlException(CallControlFailure failure, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** Why the request was not confirmed, for metrics and for what to tell the user. */
    public CallControlFailure failure() {
        return failure;
    }
}
