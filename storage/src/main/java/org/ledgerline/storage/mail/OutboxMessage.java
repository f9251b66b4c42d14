package org.ledgerline.storage.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the outbox.
 *
 * @param messageId the RFC 5322 {@code Message-ID} (with angle brackets) every attempt carries
 * @param attempts send attempts started so far (a claim counts one)
 * @param lastError why the last attempt failed, or {@code null}
 * @param sentAt when the SMTP server accepted it, or {@code null}
 */
public record OutboxMessage(
        long id,
        String idempotencyKey,
        String messageId,
        String sender,
        String recipient,
        String subject,
        String body,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {}
