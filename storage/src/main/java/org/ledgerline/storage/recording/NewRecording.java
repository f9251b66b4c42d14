package org.ledgerline.storage.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A recording to register once its file exists.
 *
 * @param callId the call it belongs to; must already be in {@code calls}
 * @param filePath where Asterisk wrote it, without or with extension as the player expects
 * @param format the file format, e.g. {@code wav}
 * @param duration how long it is, or null if unknown
 */
public record NewRecording(
        String idempotencyKey,
        String callId,
        RecordingKind kind,
        String filePath,
        String format,
        Instant startedAt,
        @Nullable Duration duration) {
    public NewRecording {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A recording needs an idempotency key");
        }
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        if (filePath == null || filePath.isBlank()) {
            throw new IllegalArgumentException("A recording needs a file path");
        }
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("A recording needs a format");
        }
        if (duration != null && duration.isNegative()) {
            throw new IllegalArgumentException("A recording cannot last less than nothing");
        }
    }
}
