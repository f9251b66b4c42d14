package org.ledgerline.ivr.transcription.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Dates said in a call, resolved against the day of the call ({@code spokenOn}). Understood:
 * <ul>
 *   <li>a month and a day: "the fifth of march", "march fifth", "march the fifth", "march five";
 *       the next such date on or after the call (so in December "march fifth" is next March);
 *   <li>a day of the month: "on the fifth", "by the fifteenth", "the twenty first of the month",
 *       "the first of next month"; the next such day on or after the call;
 *   <li>a weekday: "friday", "this friday" (the next Friday after the call day), "next friday" (the
 *       Friday of the following calendar week, weeks starting on Monday); "friday the fifth" is the
 *       fifth;
 *   <li>"today", "tonight", "tomorrow", "the day after tomorrow", "in three days", "in two weeks",
 *       "in a week", "end of the month", "end of next month".
 * </ul>
 * Not understood (no date is made): years ("twenty twenty seven"), vague times ("next week", "next
 * month", "soon", "payday"), an ordinal without "the" or a month ("first of all" stays words), and
 * "the second" followed by a noun ("the second payment").
 */
final class SpokenDates {
    /** A date read from words {@code start} to {@code end} (exclusive). */
    record Found(LocalDate date, int start, int end) {}

    private static final Set<String> BEFORE_DAY = Set.of("on", "by", "until", "till", "before", "after", "from",
            "around", "about");
    private static final Set<String> AFTER_DAY = Set.of("of", "and", "or", "then", "at", "works", "is", "okay", "ok",
            "please", "that", "so", "i", "we", "if", "because", "but");

    private SpokenDates() {}

    /** The date that starts at word {@code i}, or null. */
    static @Nullable Found at(List<String> words, int i, LocalDate spokenOn) {
        String word = words.get(i);
        return switch (word) {
            case "today", "tonight" -> new Found(spokenOn, i, i + 1);
            case "tomorrow" -> new Found(spokenOn.plusDays(1), i, i + 1);
            case "day" ->
                matches(words, i, "day", "after", "tomorrow") ? new Found(spokenOn.plusDays(2), i, i + 3) : null;
            case "end" -> endOfMonth(words, i, spokenOn);
            case "in" -> inSomeDays(words, i, spokenOn);
            case "this", "next" -> thisOrNext(words, i, spokenOn);
            case "the" -> theDay(words, i, spokenOn);
            default -> weekdayOrMonth(words, i, spokenOn);
        };
    }

    private static @Nullable Found thisOrNext(List<String> words, int i, LocalDate spokenOn) {
        DayOfWeek day = weekday(words, i + 1);
        if (day == null) {
            return null;
        }
        LocalDate date = words.get(i).equals("this")
                ? nextWeekday(spokenOn, day)
                : spokenOn.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(day);
        return new Found(date, i, i + 2);
    }

    private static @Nullable Found weekdayOrMonth(List<String> words, int i, LocalDate spokenOn) {
        String word = words.get(i);
        DayOfWeek day = weekday(words, i);
        if (day != null) {
            Found exact = i + 1 < words.size() ? at(words, i + 1, spokenOn) : null;
            if (exact != null && (words.get(i + 1).equals("the") || month(words.get(i + 1)) != null)) {
                return new Found(exact.date, i, exact.end);
            }
            return new Found(nextWeekday(spokenOn, day), i, i + 1);
        }
        Month month = month(word);
        if (month != null) {
            return monthThenDay(words, i, month, spokenOn);
        }
        NumberWords.Parsed ordinal = NumberWords.ordinal(words, i);
        if (ordinal != null && ordinal.end() + 1 < words.size() && words.get(ordinal.end()).equals("of")) {
            Month of = month(words.get(ordinal.end() + 1));
            if (of != null) {
                return found(monthDay(of, (int) ordinal.value(), spokenOn), i, ordinal.end() + 2);
            }
        }
        return null;
    }

    private static @Nullable Found theDay(List<String> words, int i, LocalDate spokenOn) {
        if (i + 1 >= words.size()) {
            return null;
        }
        NumberWords.Parsed ordinal = NumberWords.ordinal(words, i + 1);
        if (ordinal == null || ordinal.value() > 31) {
            return null;
        }
        int day = (int) ordinal.value();
        int end = ordinal.end();
        if (end + 1 < words.size() && words.get(end).equals("of")) {
            Month month = month(words.get(end + 1));
            if (month != null) {
                return found(monthDay(month, day, spokenOn), i, end + 2);
            }
            if (matches(words, end, "of", "next", "month")) {
                return found(dayIn(spokenOn.plusMonths(1).withDayOfMonth(1), day), i, end + 3);
            }
            if (matches(words, end, "of", "the", "month") || matches(words, end, "of", "this", "month")) {
                return found(nextDayOfMonth(spokenOn, day), i, end + 3);
            }
        }
        boolean saidAsDay = (i > 0 && BEFORE_DAY.contains(words.get(i - 1))) || end >= words.size()
                || AFTER_DAY.contains(words.get(end));
        return saidAsDay ? found(nextDayOfMonth(spokenOn, day), i, end) : null;
    }

    private static @Nullable Found monthThenDay(List<String> words, int i, Month month, LocalDate spokenOn) {
        int at = i + 1;
        if (at < words.size() && words.get(at).equals("the")) {
            at++;
        }
        if (at >= words.size()) {
            return null;
        }
        NumberWords.Parsed day = NumberWords.ordinal(words, at);
        if (day == null) {
            day = NumberWords.cardinal(words, at, false);
            if (day != null && (day.value() < 1 || day.value() > 31)) {
                day = null;
            }
        }
        return day == null ? null : found(monthDay(month, (int) day.value(), spokenOn), i, day.end());
    }

    private static @Nullable Found endOfMonth(List<String> words, int i, LocalDate spokenOn) {
        if (matches(words, i, "end", "of", "the", "month") || matches(words, i, "end", "of", "this", "month")) {
            return new Found(spokenOn.with(TemporalAdjusters.lastDayOfMonth()), i, i + 4);
        }
        if (matches(words, i, "end", "of", "next", "month")) {
            return new Found(spokenOn.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()), i, i + 4);
        }
        return null;
    }

    private static @Nullable Found inSomeDays(List<String> words, int i, LocalDate spokenOn) {
        int at = i + 1;
        long count;
        if (at < words.size() && words.get(at).equals("a")) {
            count = 1;
            at++;
        } else {
            NumberWords.Parsed n = NumberWords.cardinal(words, at, false);
            if (n == null || n.value() < 1 || n.value() > 60) {
                return null;
            }
            count = n.value();
            at = n.end();
        }
        if (at >= words.size()) {
            return null;
        }
        return switch (words.get(at)) {
            case "day", "days" -> new Found(spokenOn.plusDays(count), i, at + 1);
            case "week", "weeks" -> new Found(spokenOn.plusWeeks(count), i, at + 1);
            default -> null;
        };
    }

    private static LocalDate nextWeekday(LocalDate spokenOn, DayOfWeek day) {
        return spokenOn.with(TemporalAdjusters.next(day));
    }

    private static @Nullable LocalDate monthDay(Month month, int day, LocalDate spokenOn) {
        try {
            LocalDate date = LocalDate.of(spokenOn.getYear(), month, day);
            return date.isBefore(spokenOn) ? LocalDate.of(spokenOn.getYear() + 1, month, day) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first date on or after {@code from} whose day of month is {@code day} (skipping short months). */
    private static @Nullable LocalDate nextDayOfMonth(LocalDate from, int day) {
        for (int months = 0; months < 12; months++) {
            LocalDate candidate = dayIn(from.plusMonths(months).withDayOfMonth(1), day);
            if (candidate != null && !candidate.isBefore(from)) {
                return candidate;
            }
        }
        return null;
    }

    private static @Nullable LocalDate dayIn(LocalDate firstOfMonth, int day) {
        return day >= 1 && day <= firstOfMonth.lengthOfMonth() ? firstOfMonth.withDayOfMonth(day) : null;
    }

    private static @Nullable Found found(@Nullable LocalDate date, int start, int end) {
        return date == null ? null : new Found(date, start, end);
    }

    private static @Nullable DayOfWeek weekday(List<String> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(words.get(i))) {
                return day;
            }
        }
        return null;
    }

    static @Nullable Month month(String word) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).equals(word)) {
                return month;
            }
        }
        return null;
    }

    private static boolean matches(List<String> words, int i, String... expected) {
        if (i + expected.length > words.size()) {
            return false;
        }
        for (int k = 0; k < expected.length; k++) {
            if (!words.get(i + k).equals(expected[k])) {
                return false;
            }
        }
        return true;
    }
}
