package org.ledgerline.storage.transcription;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stored segment of a transcript; see {@link NewSegment} for the fields. */
public record TranscriptSegment(
        long id,
        long transcriptId,
        int seq,
        int startMs,
        int endMs,
        String text,
        @Nullable BigDecimal confidence,
        Speaker speaker,
        @Nullable Long callRecordingId,
        String wordsJson,
        String normalized,
        boolean spokenPromise,
        @Nullable BigDecimal promiseAmount,
        @Nullable LocalDate promiseDate) {}
