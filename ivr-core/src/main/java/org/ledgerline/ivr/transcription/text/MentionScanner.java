package org.ledgerline.ivr.transcription.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the numbers, amounts and dates in a segment's words, left to right, longest reading first;
 * dates win over numbers ("march five" is a date, not 5). A run of seven or more digits said one by
 * one (a phone, account or card number read out) yields nothing: the words stay searchable as
 * words, but no normal form turns them into a digit string.
 */
final class MentionScanner {
    /** Words after which a number is money. */
    private static final Set<String> MONEY_CUES = Set.of("pay", "paying", "send", "payment", "payments", "do", "give",
            "make", "get", "put", "cover", "mail", "owe", "balance", "bill", "amount", "total", "of", "have", "down",
            "transfer", "wire", "bring");
    private static final Set<String> DOLLARS = Set.of("dollars", "dollar", "bucks");
    private static final Set<String> CENTS = Set.of("cents", "cent");
    /** Nouns that make a number a count, not money ("two payments", "three days"). */
    private static final Set<String> COUNTED = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years",
            "time", "times", "payment", "payments", "installment", "installments", "percent", "hour", "hours", "minute",
            "minutes", "o'clock", "people", "kids", "children", "calls", "invoices", "accounts", "more");
    private static final int MONEY_CUE_WINDOW = 4;
    private static final int LONGEST_DIGIT_RUN = 6;

    private MentionScanner() {}

    static List<Mention> scan(List<String> words, LocalDate spokenOn) {
        boolean[] readOut = digitRuns(words);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (readOut[i]) {
                i++;
                continue;
            }
            SpokenDates.Found date = SpokenDates.at(words, i, spokenOn);
            if (date != null) {
                mentions.add(Mention.date(date.date(), date.start(), date.end()));
                i = date.end();
                continue;
            }
            Mention number = number(words, i);
            if (number != null) {
                mentions.add(number);
                i = number.end();
                continue;
            }
            i++;
        }
        return mentions;
    }

    private static @Nullable Mention number(List<String> words, int i) {
        boolean cue = moneyCueBefore(words, i);
        NumberWords.Parsed parsed = NumberWords.cardinal(words, i, cue || dollarsAhead(words, i));
        if (parsed == null) {
            return null;
        }
        int end = parsed.end();
        BigDecimal value = BigDecimal.valueOf(parsed.value());
        if (end < words.size() && CENTS.contains(words.get(end)) && parsed.value() < 100) {
            return Mention.number(value.movePointLeft(2).setScale(2), i, end + 1, true);
        }
        if (end < words.size() && DOLLARS.contains(words.get(end))) {
            end++;
            int cents = end < words.size() && words.get(end).equals("and") ? end + 1 : end;
            NumberWords.Parsed centsParsed = cents < words.size() ? NumberWords.cardinal(words, cents, false) : null;
            if (centsParsed != null && centsParsed.value() < 100 && centsParsed.end() < words.size()
                    && CENTS.contains(words.get(centsParsed.end()))) {
                value = value.add(BigDecimal.valueOf(centsParsed.value()).movePointLeft(2));
                end = centsParsed.end() + 1;
            }
            return Mention.number(value.setScale(2), i, end, true);
        }
        boolean counted = end < words.size() && COUNTED.contains(words.get(end));
        boolean clockTime = i > 0 && words.get(i - 1).equals("at");
        return Mention.number(value, i, end, cue && !counted && !clockTime && parsed.value() > 0);
    }

    private static boolean moneyCueBefore(List<String> words, int i) {
        for (int k = Math.max(0, i - MONEY_CUE_WINDOW); k < i; k++) {
            if (MONEY_CUES.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "dollars" follows the number words that start at {@code i}, within a few words. */
    private static boolean dollarsAhead(List<String> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 5); k++) {
            if (DOLLARS.contains(words.get(k))) {
                return true;
            }
            if (!NumberWords.isNumberWord(words.get(k)) && !words.get(k).equals("and")) {
                return false;
            }
        }
        return false;
    }

    private static boolean[] digitRuns(List<String> words) {
        boolean[] readOut = new boolean[words.size()];
        int runStart = 0;
        for (int i = 0; i <= words.size(); i++) {
            boolean digit = i < words.size() && (NumberWords.isDigitWord(words.get(i)) || words.get(i).equals("oh"));
            if (!digit) {
                if (i - runStart > LONGEST_DIGIT_RUN) {
                    for (int k = runStart; k < i; k++) {
                        readOut[k] = true;
                    }
                }
                runStart = i + 1;
            }
        }
        return readOut;
    }
}
