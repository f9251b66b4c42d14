package org.ledgerline.ivr.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A run of whole calendar days, {@code from} to {@code to} inclusive, as the back office names them,
 * and the instants they cover in the business time zone: {@link #start} is the first moment of
 * {@code from}, {@link #end} the first moment after {@code to} (exclusive), so a period of one day
 * covers all 23, 24 or 25 hours of it.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {
    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
