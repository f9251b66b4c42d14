package org.ledgerline.ivr.mail;

/** An email was not accepted by the mail server; the message never holds a password. */
public class MailDeliveryException extends RuntimeException {
    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
