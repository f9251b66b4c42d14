package org.ledgerline.storage.contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * A time the customer said is inconvenient, in their local time, to record.
 *
 * @param from start, inclusive
 * @param until end, exclusive; {@code 00:00} means the end of the day
 * @param note what the customer said, in the collector's words
 * @param recordedBy who wrote it down (a username)
 */
public record NewInconvenientTime(long customerId, Set<DayOfWeek> days, LocalTime from, LocalTime until, String note,
        String recordedBy, Instant recordedAt) {

    public NewInconvenientTime {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("An inconvenient time applies on at least one day");
        }
        days = Set.copyOf(days);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (!until.equals(LocalTime.MIDNIGHT) && !from.isBefore(until)) {
            throw new IllegalArgumentException("An inconvenient time runs from a time to a later time the same day");
        }
    }
}
