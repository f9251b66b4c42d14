package org.ledgerline.ivr.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When a call is convenient: between 08:00 and 21:00 local time (1006.6(b)(1)(i) makes "before 8
 * o'clock antemeridian and after 9 o'clock postmeridian" inconvenient) and outside the times the
 * customer named, in every zone the consumer may be in at once.
 *
 * <p>The next open instant is computed, not guessed: from a blocked instant, each blocked zone says
 * until which <em>local</em> time it stays blocked, that local time is turned into the first instant
 * after now at which the zone's clock shows it (through DST gaps and overlaps, by the zone's own
 * rules), and the search moves to the latest of those; it repeats until every zone is open. 21:00
 * itself is already closed: the window is 08:00 inclusive to 21:00 exclusive.
 */
public final class CallingWindows {
    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(21, 0);
    /** A customer whose stated times leave no opening within two weeks gets no next-allowed time. */
    private static final Duration HORIZON = Duration.ofDays(14);
    private static final int MAX_STEPS = 1_000;

    private CallingWindows() {}

    /** Why one zone is closed at a moment, and until which local time it stays closed. */
    public record Closed(ZoneId zone, LocalDateTime localTime, DenialReason reason, LocalDateTime untilLocal,
            Optional<InconvenientTime> statement) {}

    /**
     * The first zone found closed at {@code at}.
     *
     * @param legalHours whether 08:00-21:00 applies; without it only the stated times do
     */
    public static Optional<Closed> closedAt(Instant at, Collection<ZoneId> zones, boolean legalHours,
            List<InconvenientTime> stated) {
        for (ZoneId zone : zones) {
            Optional<Closed> closed = closedIn(zone, LocalDateTime.ofInstant(at, zone), legalHours, stated);
            if (closed.isPresent()) {
                return closed;
            }
        }
        return Optional.empty();
    }

    /**
     * The earliest instant at or after {@code from} that is open in every zone; empty when there is
     * none within two weeks (the customer's stated times close every day).
     *
     * @param legalHours whether 08:00-21:00 applies; without it only the stated times do
     */
    public static Optional<Instant> nextOpen(Instant from, Collection<ZoneId> zones, boolean legalHours,
            List<InconvenientTime> stated) {
        Instant limit = from.plus(HORIZON);
        Instant at = from;
        for (int step = 0; step < MAX_STEPS && !at.isAfter(limit); step++) {
            Instant next = at;
            for (ZoneId zone : zones) {
                Optional<Closed> closed = closedIn(zone, LocalDateTime.ofInstant(at, zone), legalHours, stated);
                if (closed.isPresent()) {
                    Instant reopens = firstInstantShowing(closed.get().untilLocal(), zone, at);
                    if (reopens.isAfter(next)) {
                        next = reopens;
                    }
                }
            }
            if (next.equals(at)) {
                return Optional.of(at);
            }
            at = next;
        }
        return Optional.empty();
    }

    private static Optional<Closed> closedIn(ZoneId zone, LocalDateTime local, boolean legalHours,
            List<InconvenientTime> stated) {
        LocalTime time = local.toLocalTime();
        if (legalHours && time.isBefore(OPENS)) {
            return Optional.of(new Closed(zone, local, DenialReason.OUTSIDE_CALLING_HOURS,
                    local.toLocalDate().atTime(OPENS), Optional.empty()));
        }
        if (legalHours && !time.isBefore(CLOSES)) {
            return Optional.of(new Closed(zone, local, DenialReason.OUTSIDE_CALLING_HOURS,
                    local.toLocalDate().plusDays(1).atTime(OPENS), Optional.empty()));
        }
        Optional<Closed> closed = Optional.empty();
        for (InconvenientTime statement : stated) {
            if (statement.covers(local.getDayOfWeek(), time)) {
                LocalDateTime until = statement.until().equals(LocalTime.MIDNIGHT)
                        ? local.toLocalDate().plusDays(1).atStartOfDay()
                        : local.toLocalDate().atTime(statement.until());
                if (closed.isEmpty() || until.isAfter(closed.get().untilLocal())) {
                    closed = Optional.of(new Closed(zone, local, DenialReason.CUSTOMER_INCONVENIENT_TIME, until,
                            Optional.of(statement)));
                }
            }
        }
        return closed;
    }

    /**
     * The first instant after {@code after} at which the zone's clock shows {@code local}. In a
     * spring-forward gap the local time never shows: the clock jumps past it at the transition, which
     * is then the first instant showing a later time. In a fall-back overlap it shows twice: the first
     * occurrence after {@code after} wins.
     */
    static Instant firstInstantShowing(LocalDateTime local, ZoneId zone, Instant after) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        Instant first = null;
        for (ZoneOffset offset : offsets) {
            Instant candidate = local.toInstant(offset);
            if (candidate.isAfter(after) && (first == null || candidate.isBefore(first))) {
                first = candidate;
            }
        }
        // The local time is always later than the zone's clock at `after`, so one occurrence is after it;
        // the fallback only guarantees progress.
        return first != null ? first : after.plusSeconds(1);
    }
}
