package org.ledgerline.ivr.transcription.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Spoken cardinal and ordinal numbers as Vosk writes them ("two hundred fifty", "twelve hundred",
 * "one thousand two hundred", "a hundred", "twenty fifth"), read from a list of words.
 *
 * <p>Understood: zero to nineteen, the tens, {@code hundred}, {@code thousand} and {@code million}
 * with or without {@code and}; "a hundred"/"a thousand"; a bare "hundred" (Vosk often drops the
 * "a"); "twelve hundred" style hundreds; and, only where the caller says the words are money
 * ({@code amountContext}), the shorthand "two fifty" = 250 and "twelve fifty" = 1250. In amount
 * context the recogniser's usual homophones count as digits when a scale or "dollars" follows:
 * {@code to}/{@code too} = two, {@code for} = four, {@code won} = one ("i can pay to hundred").
 * Not understood: "point" decimals, fractions, negative numbers, digits said one by one as a
 * number ("one two three" is three numbers).
 */
final class NumberWords {
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINAL_UNITS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
    /** Words the recogniser writes for a digit it heard; trusted only in amount context, before a scale. */
    private static final Map<String, Integer> HOMOPHONES = Map.of("to", 2, "too", 2, "for", 4, "won", 1);
    private static final Set<String> MONEY_AFTER = Set.of("hundred", "thousand", "dollars", "dollar", "bucks");

    /** A number read from words {@code start} (inclusive) to {@code end} (exclusive). */
    record Parsed(long value, int start, int end) {}

    private NumberWords() {}

    /** Whether {@code word} can start or continue a spoken cardinal (not counting homophones). */
    static boolean isNumberWord(String word) {
        return UNITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word) || isScale(word);
    }

    /** Whether {@code word} is a single digit word (zero to nine). */
    static boolean isDigitWord(String word) {
        return UNITS.containsKey(word);
    }

    /** The ordinal day number (1 to 31) spoken at {@code i} ("fifth", "twenty fifth"), or null. */
    static @Nullable Parsed ordinal(List<String> words, int i) {
        String word = words.get(i);
        Integer direct = ORDINAL_UNITS.get(word);
        if (direct != null) {
            return new Parsed(direct, i, i + 1);
        }
        Integer tens = TENS.get(word);
        if (tens != null && tens <= 30 && i + 1 < words.size()) {
            Integer unit = ORDINAL_UNITS.get(words.get(i + 1));
            if (unit != null && unit < 10) {
                return new Parsed(tens + unit, i, i + 2);
            }
        }
        return null;
    }

    /**
     * The cardinal spoken at {@code i}, the longest reading; null when no number starts there.
     *
     * @param amountContext the words are known to be money (a pay verb before, "dollars" after): allows
     *     "two fifty" and the homophones
     */
    static @Nullable Parsed cardinal(List<String> words, int i, boolean amountContext) {
        if (i >= words.size()) {
            return null;
        }
        Group first = group(words, i, amountContext);
        if (first == null) {
            return null;
        }
        long total = 0;
        long current = first.value;
        int at = first.end;
        while (at < words.size()) {
            String word = words.get(at);
            if (word.equals("thousand") || word.equals("million")) {
                long scale = word.equals("thousand") ? 1_000 : 1_000_000;
                total += Math.max(current, 1) * scale;
                current = 0;
                at++;
                int next = skipAnd(words, at);
                Group rest = group(words, next, false);
                if (rest == null) {
                    break;
                }
                current = rest.value;
                at = rest.end;
                continue;
            }
            break;
        }
        long value = total + current;
        // "two fifty", "twelve fifty": hundreds said without the word, only for money.
        if (amountContext && !first.hasScale && total == 0 && first.value > 0 && first.value < 20
                && at < words.size()) {
            Integer tail = tensOrTeens(words, at);
            if (tail != null) {
                int tailEnd = at + 1;
                Integer unit = tailEnd < words.size() ? UNITS.get(words.get(tailEnd)) : null;
                if (TENS.containsKey(words.get(at)) && unit != null && unit > 0) {
                    tail += unit;
                    tailEnd++;
                }
                return new Parsed(first.value * 100 + tail, i, tailEnd);
            }
        }
        return new Parsed(value, i, at);
    }

    private static boolean isScale(String word) {
        return word.equals("hundred") || word.equals("thousand") || word.equals("million");
    }

    private static @Nullable Integer tensOrTeens(List<String> words, int i) {
        Integer teens = TEENS.get(words.get(i));
        return teens != null ? teens : TENS.get(words.get(i));
    }

    private static int skipAnd(List<String> words, int i) {
        return i < words.size() && words.get(i).equals("and") ? i + 1 : i;
    }

    /** A number under 1,000 (or "twelve hundred" style), with whether it said "hundred". */
    private record Group(long value, int end, boolean hasScale) {}

    private static @Nullable Group group(List<String> words, int i, boolean amountContext) {
        if (i >= words.size()) {
            return null;
        }
        int at = i;
        long value;
        String word = words.get(at);
        if (word.equals("a") && at + 1 < words.size()
                && (words.get(at + 1).equals("hundred") || words.get(at + 1).equals("thousand"))) {
            value = 1;
            at++;
        } else if (word.equals("hundred")) {
            value = 1;
        } else if (word.equals("thousand")) {
            return new Group(1, at, false);
        } else if (amountContext && HOMOPHONES.containsKey(word) && at + 1 < words.size()
                && MONEY_AFTER.contains(words.get(at + 1))) {
            value = HOMOPHONES.get(word);
            at++;
        } else {
            Integer below100 = below100(words, at);
            if (below100 == null) {
                return null;
            }
            value = below100;
            at += below100Length(words, at);
        }
        if (at < words.size() && words.get(at).equals("hundred")) {
            value *= 100;
            at++;
            int afterAnd = skipAnd(words, at);
            Integer rest = afterAnd < words.size() ? below100(words, afterAnd) : null;
            if (rest != null) {
                value += rest;
                at = afterAnd + below100Length(words, afterAnd);
            }
            return new Group(value, at, true);
        }
        return new Group(value, at, false);
    }

    private static @Nullable Integer below100(List<String> words, int i) {
        String word = words.get(i);
        Integer unit = UNITS.get(word);
        if (unit != null) {
            return unit;
        }
        Integer teens = TEENS.get(word);
        if (teens != null) {
            return teens;
        }
        Integer tens = TENS.get(word);
        if (tens == null) {
            return null;
        }
        if (i + 1 < words.size()) {
            Integer next = UNITS.get(words.get(i + 1));
            if (next != null && next > 0) {
                return tens + next;
            }
        }
        return tens;
    }

    private static int below100Length(List<String> words, int i) {
        if (TENS.containsKey(words.get(i)) && i + 1 < words.size()) {
            Integer next = UNITS.get(words.get(i + 1));
            if (next != null && next > 0) {
                return 2;
            }
        }
        return 1;
    }
}
