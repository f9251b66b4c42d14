package org.ledgerline.ivr.promise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.ledgerline.ivr.menu.RefusedEntryException;

/**
 * Reads a promised date keyed as {@code MMDD} (four keys, no year). The year is the one that puts
 * the date soonest on or after today, so in December {@code 0105} is 5 January next year. The date
 * must fall in the settings' window; a date that has already passed this year and whose next
 * occurrence is beyond the window is refused as "in the past", which is what the caller meant.
 */
public final class PromiseDateEntry {
    private final PromiseSettings settings;

    public PromiseDateEntry(PromiseSettings settings) {
        this.settings = settings;
    }

    /**
     * @param today the customer's local date
     * @throws RefusedEntryException not four digits or not a calendar date, in the past, too soon or too late
     */
    public LocalDate parse(String keys, LocalDate today) throws RefusedEntryException {
        if (keys.length() != 4 || !keys.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RefusedEntryException("not MMDD", PromisePrompts.DATE_INVALID);
        }
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(Integer.parseInt(keys.substring(0, 2)), Integer.parseInt(keys.substring(2)));
        } catch (DateTimeException notADate) {
            throw new RefusedEntryException("not a calendar date", PromisePrompts.DATE_INVALID);
        }
        LocalDate earliest = today.plusDays(settings.earliestDaysAhead());
        LocalDate latest = today.plusDays(settings.latestDaysAhead());
        LocalDate thisYear = occurrence(monthDay, today.getYear());
        LocalDate date = thisYear != null && !thisYear.isBefore(today) ? thisYear : nextOccurrence(monthDay, today.getYear() + 1);
        boolean passedThisYear = thisYear != null && thisYear.isBefore(today);
        if (date.isAfter(latest)) {
            throw passedThisYear
                    ? new RefusedEntryException("in the past", PromisePrompts.DATE_PAST)
                    : new RefusedEntryException("after the window", PromisePrompts.DATE_TOO_LATE);
        }
        if (date.isBefore(earliest)) {
            throw new RefusedEntryException("before the window", PromisePrompts.DATE_TOO_SOON);
        }
        return date;
    }

    /** The date in {@code year}, or null when it does not exist then (29 February). */
    private static LocalDate occurrence(MonthDay monthDay, int year) {
        return monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
    }

    private static LocalDate nextOccurrence(MonthDay monthDay, int fromYear) {
        for (int year = fromYear; ; year++) {
            LocalDate date = occurrence(monthDay, year);
            if (date != null) {
                return date;
            }
        }
    }
}
