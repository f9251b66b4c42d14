package org.ledgerline.storage.mail;

import java.util.Objects;

/**
 * An email to queue.
 *
 * @param idempotencyKey names the cause (e.g. {@code dispute-escalated:42}); queuing the same key
 *     again writes nothing
 */
public record NewOutboxMessage(String idempotencyKey, String sender, String recipient, String subject, String body) {
    public NewOutboxMessage {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("an outbox email needs an idempotency key");
        }
    }
}
