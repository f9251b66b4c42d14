package org.ledgerline.ivr.transcription.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every amount from 1 to 9,999 and every day of a year, spelled out the ways people say them, comes
 * back as its normal form: a generated check of the whole range rather than a few hand-picked rows.
 */
class SpokenNumbersRoundTripTest {
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    private static final LocalDate SPOKEN_ON = LocalDate.of(2027, 1, 1);

    private final RuleBasedSegmentAnnotator annotator = new RuleBasedSegmentAnnotator();

    @Test
    void everyAmountUpToTenThousandDollarsSaidInFullOrInHundreds() {
        List<String> wrong = new ArrayList<>();
        for (int n = 1; n < 10_000; n++) {
            List<String> sayings = new ArrayList<>(List.of(full(n, false), full(n, true)));
            if (n >= 1_100 && n % 1_000 >= 100) {
                sayings.add(inHundreds(n));
            }
            for (String saying : sayings) {
                String normalized = annotator.annotate("i can pay " + saying + " dollars", SPOKEN_ON).normalized();
                if (!List.of(normalized.split(" ", -1)).contains(n + ".00")) {
                    wrong.add(saying + " -> " + normalized);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyDayOfTheYearSaidFourWays() {
        List<String> wrong = new ArrayList<>();
        for (LocalDate day = SPOKEN_ON; day.getYear() == 2027; day = day.plusDays(1)) {
            String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            String ordinal = ordinal(day.getDayOfMonth());
            for (String saying : List.of("the " + ordinal + " of " + month, month + " " + ordinal,
                    month + " the " + ordinal, month + " " + full(day.getDayOfMonth(), false))) {
                String normalized = annotator.annotate("i will pay on " + saying, SPOKEN_ON).normalized();
                Set<String> forms = new LinkedHashSet<>(List.of(day.toString(),
                        String.format(Locale.ROOT, "%02d/%02d", day.getMonthValue(), day.getDayOfMonth()),
                        day.getMonthValue() + "/" + day.getDayOfMonth(), month + " " + day.getDayOfMonth()));
                if (!normalized.equals(String.join(" ", forms))) {
                    wrong.add(saying + " -> " + normalized);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** "two thousand three hundred forty five", or with "and" after hundred and thousand. */
    private static String full(int n, boolean withAnd) {
        List<String> words = new ArrayList<>();
        if (n >= 1_000) {
            words.add(UNITS[n / 1_000]);
            words.add("thousand");
        }
        int rest = n % 1_000;
        if (rest >= 100) {
            words.add(UNITS[rest / 100]);
            words.add("hundred");
        }
        int below100 = rest % 100;
        if (below100 > 0) {
            if (withAnd && n >= 100) {
                words.add("and");
            }
            words.add(below100(below100));
        }
        return String.join(" ", words);
    }

    /** "twenty three hundred forty five" for 2,345. */
    private static String inHundreds(int n) {
        String hundreds = below100(n / 100) + " hundred";
        return n % 100 == 0 ? hundreds : hundreds + " " + below100(n % 100);
    }

    private static String below100(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + " " + UNITS[n % 10];
    }

    private static String ordinal(int day) {
        if (day <= 20) {
            return ORDINALS[day];
        }
        if (day == 30) {
            return "thirtieth";
        }
        return TENS[day / 10] + " " + ORDINALS[day % 10];
    }
}
