package org.ledgerline.storage.transcription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A segment to store: one utterance of one speaker.
 *
 * @param startMs offset from the start of the recording
 * @param callRecordingId the leg's {@code call_recordings} row; null for a self-serve recording
 * @param wordsJson the words as a JSON array of {@code {"w","s","e","c"}} objects
 * @param normalized normal forms of numbers, amounts and dates in the text (may be empty)
 * @param promiseAmount only with {@code spokenPromise}
 * @param promiseDate only with {@code spokenPromise}
 */
public record NewSegment(
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
        @Nullable LocalDate promiseDate) {
    public NewSegment {
        Objects.requireNonNull(text, "text");
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("a segment runs forward from offset 0 or later");
        }
        if (!spokenPromise && (promiseAmount != null || promiseDate != null)) {
            throw new IllegalArgumentException("promise facts belong to a spoken promise");
        }
    }
}
