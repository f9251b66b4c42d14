package org.ledgerline.storage.transcription;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored transcript of a collector call or of a self-serve recording (one of the two ids is set). */
public record Transcript(
        long id,
        @Nullable Long recordingId,
        @Nullable Long collectorCallId,
        String engine,
        String language,
        String fullText,
        Instant createdAt) {}
