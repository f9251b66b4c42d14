package org.ledgerline.storage.dispute;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dispute to open.
 *
 * @param reasonCode an active code from {@link DisputeRepository#findReasons()}
 * @param description a typed description, or null (callers usually record one instead)
 * @param descriptionRecordingId the recording of the caller's description, or null
 * @param callId the call it was opened in, or null
 */
public record NewDispute(
        String idempotencyKey,
        long invoiceId,
        String reasonCode,
        @Nullable String description,
        @Nullable Long descriptionRecordingId,
        @Nullable String callId) {
    public NewDispute {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A dispute needs an idempotency key");
        }
        Objects.requireNonNull(reasonCode, "reasonCode");
    }
}
