package org.ledgerline.storage.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something a person should look at.
 *
 * @param kind what happened, e.g. {@code PROMISE_BROKEN}
 * @param customerId the customer it is about, or null
 * @param accountId the account it is about, or null
 * @param subject a one-line headline (an email subject, a list entry)
 * @param acknowledgedAt when someone acknowledged it; null while open
 */
public record Alert(
        long id,
        String idempotencyKey,
        String kind,
        String severity,
        @Nullable Long customerId,
        @Nullable Long accountId,
        String subject,
        String message,
        Instant createdAt,
        @Nullable Instant acknowledgedAt) {}
