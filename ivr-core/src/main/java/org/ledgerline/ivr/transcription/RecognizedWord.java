package org.ledgerline.ivr.transcription;

import java.util.Objects;

/**
 * One word the engine heard.
 *
 * @param startMs offset from the start of the audio
 * @param confidence 0..1
 */
public record RecognizedWord(String text, int startMs, int endMs, double confidence) {
    public RecognizedWord {
        Objects.requireNonNull(text, "text");
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("a word runs forward from offset 0 or later");
        }
        confidence = Math.clamp(confidence, 0.0, 1.0);
    }

    /** Whether the word shares any instant with {@code [fromMs, toMs]}. */
    boolean overlaps(long fromMs, long toMs) {
        return startMs <= toMs && endMs >= fromMs;
    }
}
