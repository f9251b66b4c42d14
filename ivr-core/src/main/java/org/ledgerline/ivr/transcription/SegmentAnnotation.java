package org.ledgerline.ivr.transcription;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The annotation of one segment.
 *
 * @param normalized the normal forms of the numbers, amounts and dates found, separated by spaces, for
 *     the search index (e.g. {@code "200 $200.00 2026-03-05 03/05 march 5"}); empty when there are none
 * @param promise the promise to pay the segment states, or null
 */
public record SegmentAnnotation(String normalized, @Nullable SpokenPromise promise) {
    public SegmentAnnotation {
        Objects.requireNonNull(normalized, "normalized");
    }
}
