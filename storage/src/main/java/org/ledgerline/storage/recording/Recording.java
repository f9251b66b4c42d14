package org.ledgerline.storage.recording;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registered recording.
 *
 * @param endedAt null while unknown
 * @param duration null while unknown
 */
public record Recording(
        long id,
        String idempotencyKey,
        String callId,
        RecordingKind kind,
        String filePath,
        String format,
        Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable Duration duration) {}
