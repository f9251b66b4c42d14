package org.ledgerline.ivr.mail;

import org.jspecify.annotations.Nullable;

/** An email was not accepted by the mail server; the message never holds a password. */
public class MailDeliveryException extends RuntimeException {
    public MailDeliveryException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
