package org.ledgerline.ivr.transcription;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word error rate for the speech benchmarks: word-level Levenshtein distance (substitutions, deletions,
 * insertions) between a reference sentence and what the recogniser heard, both normalised to lower-case
 * words with apostrophes kept and every other punctuation mark dropped.
 */
public final class WordErrorRate {
    private static final Pattern SPACES = Pattern.compile(" +");

    private WordErrorRate() {}

    /** The words of {@code text}, normalised as Vosk writes them: "I'll pay $5." → [i'll, pay, 5]. */
    public static List<String> words(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ").strip();
        return cleaned.isEmpty() ? List.of() : SPACES.splitAsStream(cleaned).toList();
    }

    /** Edits (substitutions + deletions + insertions) that turn {@code reference} into {@code heard}. */
    public static int errors(List<String> reference, List<String> heard) {
        int[] previous = new int[heard.size() + 1];
        int[] current = new int[heard.size() + 1];
        for (int j = 0; j <= heard.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= reference.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= heard.size(); j++) {
                int substitution = previous[j - 1] + (reference.get(i - 1).equals(heard.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[heard.size()];
    }
}
