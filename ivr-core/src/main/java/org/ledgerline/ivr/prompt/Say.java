package org.ledgerline.ivr.prompt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Our own "say" module: speaks numbers, money, dates, ordinals and digit strings as sequences of
 * word prompts from the catalog ({@code num-*}, {@code ord-*}, {@code month-*}, {@code currency-*},
 * ...). Asterisk's {@code SAY} commands need its core sound packs; ours need only the audio we
 * generate, so a bare Asterisk works.
 *
 * <p>English rules (US style, no "and" inside numbers): 1234 is "one thousand two hundred thirty
 * four"; a year such as 2026 is "twenty twenty six". Numbers up to 999,999,999,999 are spoken.
 * Stateless and thread-safe.
 */
public final class Say {
    private static final long LIMIT = 1_000_000_000_000L;
    private static final long[] SCALES = {1_000_000_000L, 1_000_000L, 1_000L};
    private static final String[] SCALE_KEYS = {"num-billion", "num-million", "num-thousand"};
    private static final int LAST_ORDINAL_PROMPT = 31;

    private final PromptCatalog catalog;

    /** The catalog tells which currencies have spoken names; others are spelled by their code. */
    public Say(PromptCatalog catalog) {
        this.catalog = catalog;
    }

    /** A whole number, e.g. -42 is "minus forty two". */
    public Utterance number(long value) {
        List<String> keys = new ArrayList<>();
        if (value < 0) {
            keys.add("word-minus");
        }
        keys.addAll(cardinal(magnitude(value)));
        return new Utterance(keys);
    }

    /**
     * Spells an identifier character by character (invoice number 10045 is "one zero zero four
     * five"); letters are spelled, a dash is spoken, spaces and other punctuation are skipped.
     */
    public Utterance digits(String text) {
        List<String> keys = new ArrayList<>();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= '0' && c <= '9') {
                keys.add("num-" + c);
            } else if (c >= 'a' && c <= 'z') {
                keys.add("letter-" + c);
            } else if (c == '-') {
                keys.add("word-dash");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("nothing to spell in a string of " + text.length() + " characters");
        }
        return new Utterance(keys);
    }

    /** An ordinal, e.g. 3 is "third", 45 is "forty fifth", 100 is "one hundredth". */
    public Utterance ordinal(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("ordinals start at 1, not " + value);
        }
        if (value <= LAST_ORDINAL_PROMPT) {
            return Utterance.of("ord-" + value);
        }
        List<String> keys = new ArrayList<>(cardinal(magnitude(value)));
        String last = keys.removeLast();
        keys.add("ord-" + last.substring("num-".length()));
        return new Utterance(keys);
    }

    /** A calendar date, e.g. 2026-03-15 is "March fifteenth, twenty twenty six". */
    public Utterance date(LocalDate date) {
        List<String> keys = new ArrayList<>();
        keys.add("month-" + date.getMonthValue());
        keys.add("ord-" + date.getDayOfMonth());
        keys.addAll(year(date.getYear()));
        return new Utterance(keys);
    }

    /** A number of days, e.g. "thirty one days", "one day". */
    public Utterance days(long count) {
        return number(count).then(Math.abs(count) == 1 ? "word-day" : "word-days");
    }

    /**
     * Money in a currency (ISO 4217 code), e.g. 1234.50 USD is "one thousand two hundred thirty
     * four dollars and fifty cents"; 0.50 is "fifty cents"; 0 is "zero dollars"; negative amounts
     * start with "minus". Rounded half-even to the currency's minor unit. A currency without
     * spoken names in the catalog is read as a number followed by its spelled code.
     */
    public Utterance amount(BigDecimal amount, String currencyCode) {
        String code = currencyCode.toLowerCase(Locale.ROOT);
        int fraction = fractionDigits(currencyCode);
        BigDecimal absolute = amount.abs().setScale(fraction, RoundingMode.HALF_EVEN);
        long major = magnitude(absolute.toBigInteger().longValueExact());
        long minor = absolute.remainder(BigDecimal.ONE).movePointRight(fraction).longValueExact();

        List<String> keys = new ArrayList<>();
        if (amount.signum() < 0 && absolute.signum() != 0) {
            keys.add("word-minus");
        }
        boolean named = catalog.contains("currency-" + code + "-many")
                && (fraction == 0 || catalog.contains("currency-" + code + "-minor-many"));
        if (!named) {
            keys.addAll(cardinal(major));
            if (minor > 0) {
                keys.add("word-point");
                keys.addAll(digits(String.format(Locale.ROOT, "%0" + fraction + "d", minor)).keys());
            }
            keys.addAll(digits(code).keys());
            return new Utterance(keys);
        }
        if (major > 0 || minor == 0) {
            keys.addAll(cardinal(major));
            keys.add("currency-" + code + (major == 1 ? "-one" : "-many"));
        }
        if (minor > 0) {
            if (major > 0) {
                keys.add("word-and");
            }
            keys.addAll(cardinal(minor));
            keys.add("currency-" + code + (minor == 1 ? "-minor-one" : "-minor-many"));
        }
        return new Utterance(keys);
    }

    private static int fractionDigits(String currencyCode) {
        try {
            int digits = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
            return Math.max(digits, 0);
        } catch (IllegalArgumentException notIso) {
            return 2;
        }
    }

    /** 2026 → "twenty twenty six", 2005 → "two thousand five", 1900 → "nineteen hundred", 1905 → "nineteen oh five". */
    private static List<String> year(int year) {
        if (year < 1000 || year > 9999 || (year >= 2000 && year <= 2009)) {
            return cardinal(magnitude(year));
        }
        List<String> keys = new ArrayList<>(cardinal(year / 100));
        int rest = year % 100;
        if (rest == 0) {
            keys.add("num-hundred");
        } else {
            if (rest < 10) {
                keys.add("word-oh");
            }
            keys.addAll(cardinal(rest));
        }
        return keys;
    }

    private static long magnitude(long value) {
        if (value <= -LIMIT || value >= LIMIT) {
            throw new IllegalArgumentException("numbers are spoken up to 999,999,999,999, not " + value);
        }
        return Math.abs(value);
    }

    private static List<String> cardinal(long value) {
        if (value == 0) {
            return List.of("num-0");
        }
        List<String> keys = new ArrayList<>();
        long rest = value;
        for (int i = 0; i < SCALES.length; i++) {
            if (rest >= SCALES[i]) {
                keys.addAll(belowThousand((int) (rest / SCALES[i])));
                keys.add(SCALE_KEYS[i]);
                rest %= SCALES[i];
            }
        }
        if (rest > 0) {
            keys.addAll(belowThousand((int) rest));
        }
        return keys;
    }

    private static List<String> belowThousand(int value) {
        List<String> keys = new ArrayList<>();
        int rest = value;
        if (rest >= 100) {
            keys.add("num-" + rest / 100);
            keys.add("num-hundred");
            rest %= 100;
        }
        if (rest >= 20) {
            keys.add("num-" + rest / 10 * 10);
            rest %= 10;
        }
        if (rest > 0) {
            keys.add("num-" + rest);
        }
        return keys;
    }
}
