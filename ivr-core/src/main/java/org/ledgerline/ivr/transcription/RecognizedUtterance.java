package org.ledgerline.ivr.transcription;

import java.util.List;
import java.util.stream.Collectors;

/** A stretch of speech the engine closed at a pause: its words in order, never empty. */
public record RecognizedUtterance(List<RecognizedWord> words) {
    public RecognizedUtterance {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an utterance has at least one word");
        }
    }

    /** The words, lower case, separated by single spaces. */
    public String text() {
        return words.stream().map(RecognizedWord::text).collect(Collectors.joining(" "));
    }

    public int startMs() {
        return words.getFirst().startMs();
    }

    public int endMs() {
        return words.getLast().endMs();
    }

    /** The mean of the words' confidences. */
    public double confidence() {
        return words.stream().mapToDouble(RecognizedWord::confidence).average().orElse(0);
    }
}
