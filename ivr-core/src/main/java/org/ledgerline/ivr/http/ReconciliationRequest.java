package org.ledgerline.ivr.http;

import io.vertx.core.MultiMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.reconciliation.ReconciliationQuery;

/**
 * The query of {@code GET /api/transcripts/reconciliation}: {@code from} and {@code to} (calendar
 * dates in the business time zone, both required, {@code to} inclusive, at most {@value #MAX_DAYS}
 * days) and an optional {@code collector} username. Anything else, a repeated parameter or a value of
 * the wrong shape is refused with a {@link RejectedRequestException} naming the parameter.
 */
record ReconciliationRequest(ReportPeriod period, @Nullable String collector) {
    /** The longest period one report covers. */
    static final int MAX_DAYS = 92;

    private static final Set<String> PARAMETERS = Set.of("from", "to", "collector");

    ReconciliationQuery query() {
        return new ReconciliationQuery(period.start(), period.end(), collector);
    }

    static ReconciliationRequest parse(MultiMap params, ZoneId businessZone) {
        for (String name : params.names()) {
            if (!PARAMETERS.contains(name)) {
                throw rejected(name, "unknown parameter " + ApiError.quote(name) + "; accepted: collector, from, to");
            }
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from.isAfter(to)) {
            throw rejected("from", "from (" + from + ") must not be after to (" + to + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            throw rejected("to", "a report covers at most " + MAX_DAYS + " days; narrow from and to");
        }
        String collector = single(params, "collector");
        if (collector != null && !collector.matches("[a-z0-9._-]{2,63}")) {
            throw rejected("collector", "collector must be a username (lower-case letters, digits, '.', '-', '_'), was "
                    + ApiError.quote(collector));
        }
        return new ReconciliationRequest(new ReportPeriod(from, to, businessZone), collector);
    }

    private static LocalDate date(MultiMap params, String name) {
        String raw = single(params, name);
        if (raw == null) {
            throw rejected(name, name + " is required (a calendar date like 2026-12-01)");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw rejected(name, name + " must be a calendar date like 2026-12-01, was " + ApiError.quote(raw));
        }
    }

    private static @Nullable String single(MultiMap params, String name) {
        List<String> values = params.getAll(name);
        if (values.size() > 1) {
            throw rejected(name, name + " was given " + values.size() + " times; give it once");
        }
        return values.isEmpty() || values.getFirst().isEmpty() ? null : values.getFirst();
    }

    private static RejectedRequestException rejected(String field, String message) {
        return new RejectedRequestException(ApiError.badRequest(field, message));
    }
}
