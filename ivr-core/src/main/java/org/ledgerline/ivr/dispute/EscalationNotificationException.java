package org.ledgerline.ivr.dispute;

/** The credit manager could not be told about an escalated dispute; the dispute itself is safe. */
public class EscalationNotificationException extends RuntimeException {
    public EscalationNotificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
