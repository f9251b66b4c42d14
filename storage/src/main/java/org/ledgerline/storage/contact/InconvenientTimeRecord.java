package org.ledgerline.storage.contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stated inconvenient time as stored in {@code inconvenient_times}; a withdrawn one stays as a row
 * with who withdrew it and when.
 *
 * @param until end, exclusive; {@code 00:00} means the end of the day
 */
public record InconvenientTimeRecord(
        long id,
        long customerId,
        Set<DayOfWeek> days,
        LocalTime from,
        LocalTime until,
        String note,
        String recordedBy,
        Instant recordedAt,
        @Nullable String withdrawnBy,
        @Nullable Instant withdrawnAt) {

    public InconvenientTimeRecord {
        days = Set.copyOf(days);
    }
}
