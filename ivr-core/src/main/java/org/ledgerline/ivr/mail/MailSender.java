package org.ledgerline.ivr.mail;

import org.ledgerline.storage.mail.OutboxMessage;

/** Hands one outbox email to a mail server; blocks the calling (worker) thread until it is accepted or refused. */
public interface MailSender {
    /**
     * Sends {@code message} with its own {@code Message-ID}, so a resend of the same row is
     * recognisable as the same email.
     *
     * @throws MailDeliveryException the server refused it, could not be reached, or did not answer in time
     */
    void send(OutboxMessage message);
}
