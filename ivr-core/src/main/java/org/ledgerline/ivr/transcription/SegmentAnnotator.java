package org.ledgerline.ivr.transcription;

import java.time.LocalDate;

/**
 * What the text of one transcript segment says beyond its words: the normal forms of the numbers,
 * amounts and dates in it (so "two hundred dollars" is found by {@code 200}), and the promise to pay
 * it states, if any. Pure and thread-safe.
 */
public interface SegmentAnnotator {

    /**
     * Annotates one segment.
     *
     * @param text the recognised words, lower case, separated by single spaces (as Vosk gives them)
     * @param spokenOn the caller's local date of the call, to resolve "friday" or "the fifth"
     * @return the normal forms (may be empty) and the spoken promise, if the text states one
     */
    SegmentAnnotation annotate(String text, LocalDate spokenOn);
}
