package org.ledgerline.ivr.transcription.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits recognised text into words and spells out contractions ({@code i'll} becomes {@code i will},
 * {@code can't} becomes {@code can not}, {@code gonna} becomes {@code going to}), so the rules see one
 * spelling of each word. Hyphens split too ({@code twenty-five}). Anything that is not a letter, a
 * digit or an apostrophe separates words.
 */
final class Tokens {
    private static final Map<String, List<String>> CONTRACTIONS = Map.ofEntries(
            Map.entry("i'll", List.of("i", "will")), Map.entry("we'll", List.of("we", "will")),
            Map.entry("you'll", List.of("you", "will")), Map.entry("i'm", List.of("i", "am")),
            Map.entry("we're", List.of("we", "are")), Map.entry("you're", List.of("you", "are")),
            Map.entry("i've", List.of("i", "have")), Map.entry("we've", List.of("we", "have")),
            Map.entry("i'd", List.of("i", "would")), Map.entry("we'd", List.of("we", "would")),
            Map.entry("can't", List.of("can", "not")), Map.entry("cant", List.of("can", "not")),
            Map.entry("cannot", List.of("can", "not")), Map.entry("won't", List.of("will", "not")),
            Map.entry("don't", List.of("do", "not")), Map.entry("dont", List.of("do", "not")),
            Map.entry("didn't", List.of("did", "not")), Map.entry("didnt", List.of("did", "not")),
            Map.entry("doesn't", List.of("does", "not")), Map.entry("couldn't", List.of("could", "not")),
            Map.entry("wouldn't", List.of("would", "not")), Map.entry("shouldn't", List.of("should", "not")),
            Map.entry("isn't", List.of("is", "not")), Map.entry("aren't", List.of("are", "not")),
            Map.entry("wasn't", List.of("was", "not")), Map.entry("weren't", List.of("were", "not")),
            Map.entry("haven't", List.of("have", "not")), Map.entry("hasn't", List.of("has", "not")),
            Map.entry("ain't", List.of("am", "not")), Map.entry("gonna", List.of("going", "to")),
            Map.entry("wanna", List.of("want", "to")), Map.entry("gotta", List.of("got", "to")),
            Map.entry("let's", List.of("let", "us")), Map.entry("that's", List.of("that", "is")),
            Map.entry("it's", List.of("it", "is")));

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9']+");

    private Tokens() {}

    /** The words of {@code text}, lower case, contractions spelled out. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : SEPARATORS.split(text.toLowerCase(Locale.ROOT), -1)) {
            String word = raw.replaceAll("^'+|'+$", "");
            if (word.isEmpty()) {
                continue;
            }
            words.addAll(CONTRACTIONS.getOrDefault(word, List.of(word)));
        }
        return List.copyOf(words);
    }
}
