package org.ledgerline.ivr.dispute;

import org.jspecify.annotations.Nullable;

/** The credit manager could not be told about an escalated dispute; the dispute itself is safe. */
public class EscalationNotificationException extends RuntimeException {
    public EscalationNotificationException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
