package org.ledgerline.ivr.compliance;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A time the customer told us is inconvenient ("not before 10", "not between 9 and 5 on weekdays, I
 * am at work"), in the customer's local time. It applies in every zone the customer may be in.
 *
 * @param days       the days it applies on
 * @param from       start, inclusive
 * @param until      end, exclusive; {@code 00:00} means the end of the day
 * @param statement  what the customer said, in the collector's words
 * @param recordedBy who wrote it down
 */
public record InconvenientTime(Set<DayOfWeek> days, LocalTime from, LocalTime until, String statement,
        String recordedBy) {

    public static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public InconvenientTime {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("an inconvenient time applies on at least one day");
        }
        days = Set.copyOf(days);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (!until.equals(LocalTime.MIDNIGHT) && !from.isBefore(until)) {
            throw new IllegalArgumentException("an inconvenient time runs from a time to a later time the same day"
                    + " (split one that crosses midnight in two): " + from + "-" + until);
        }
    }

    /** "Not before {@code time}", every day. */
    public static InconvenientTime notBefore(LocalTime time, String recordedBy) {
        return new InconvenientTime(EVERY_DAY, LocalTime.MIDNIGHT, time, "not before " + time, recordedBy);
    }

    /** "Not after {@code time}", every day. */
    public static InconvenientTime notAfter(LocalTime time, String recordedBy) {
        return new InconvenientTime(EVERY_DAY, time, LocalTime.MIDNIGHT, "not after " + time, recordedBy);
    }

    /** Whether a local time on a day falls inside this inconvenient stretch. */
    public boolean covers(DayOfWeek day, LocalTime time) {
        return days.contains(day) && !time.isBefore(from) && (until.equals(LocalTime.MIDNIGHT) || time.isBefore(until));
    }
}
