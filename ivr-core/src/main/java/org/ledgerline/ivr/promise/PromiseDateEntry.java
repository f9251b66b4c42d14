package org.ledgerline.ivr.promise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.menu.RefusedEntryException;

/**
 * Reads a promised date keyed as {@code MMDD} (four keys, no year). The year is the one that puts
 * the date soonest on or after today, so in December {@code 0105} is 5 January next year. The date
 * must fall in the settings' window. A date outside it is refused as "in the past" when its last
 * occurrence is nearer than its next one (in January, {@code 1230} meant last month), otherwise as
 * "too far ahead".
 */
public final class PromiseDateEntry {
    private final PromiseSettings settings;

    public PromiseDateEntry(PromiseSettings settings) {
        this.settings = settings;
    }

    /**
     * Turns four keys (MMDD) into the soonest such date on or after today, refused outside the promise window.
     *
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
        if (!monthDay.isValidYear(today.getYear()) && !monthDay.isValidYear(today.getYear() + 1)) {
            // 29 February with no leap year inside any window we allow.
            throw new RefusedEntryException("no such date this year or next", PromisePrompts.DATE_INVALID);
        }
        LocalDate earliest = today.plusDays(settings.earliestDaysAhead());
        LocalDate latest = today.plusDays(settings.latestDaysAhead());
        LocalDate date = next(monthDay, today);
        if (date.isAfter(latest)) {
            LocalDate last = previous(monthDay, today);
            throw ChronoUnit.DAYS.between(last, today) < ChronoUnit.DAYS.between(today, date)
                    ? new RefusedEntryException("in the past", PromisePrompts.DATE_PAST)
                    : new RefusedEntryException("after the window", PromisePrompts.DATE_TOO_LATE);
        }
        if (date.isBefore(earliest)) {
            throw new RefusedEntryException("before the window", PromisePrompts.DATE_TOO_SOON);
        }
        return date;
    }

    /**
     * Checks a date chosen whole (a calendar on the collector's desk, not keys) against the same window.
     *
     * @param today the customer's local date
     * @return {@code date}
     * @throws RefusedEntryException in the past, before the window's first day or after its last
     */
    public LocalDate inWindow(LocalDate date, LocalDate today) throws RefusedEntryException {
        if (date.isBefore(today)) {
            throw new RefusedEntryException("in the past", PromisePrompts.DATE_PAST);
        }
        if (date.isBefore(today.plusDays(settings.earliestDaysAhead()))) {
            throw new RefusedEntryException("before the window", PromisePrompts.DATE_TOO_SOON);
        }
        if (date.isAfter(today.plusDays(settings.latestDaysAhead()))) {
            throw new RefusedEntryException("after the window", PromisePrompts.DATE_TOO_LATE);
        }
        return date;
    }

    /** The first day a promise made {@code today} may name. */
    public LocalDate earliest(LocalDate today) {
        return today.plusDays(settings.earliestDaysAhead());
    }

    /** The last day a promise made {@code today} may name. */
    public LocalDate latest(LocalDate today) {
        return today.plusDays(settings.latestDaysAhead());
    }

    /** The date in {@code year}, or null when it does not exist then (29 February). */
    private static @Nullable LocalDate occurrence(MonthDay monthDay, int year) {
        return monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
    }

    /** The soonest occurrence on or after today. */
    private static LocalDate next(MonthDay monthDay, LocalDate today) {
        for (int year = today.getYear();; year++) {
            LocalDate date = occurrence(monthDay, year);
            if (date != null && !date.isBefore(today)) {
                return date;
            }
        }
    }

    /** The latest occurrence before today. */
    private static LocalDate previous(MonthDay monthDay, LocalDate today) {
        for (int year = today.getYear();; year--) {
            LocalDate date = occurrence(monthDay, year);
            if (date != null && date.isBefore(today)) {
                return date;
            }
        }
    }
}
