package org.ledgerline.ivr.http;

import io.vertx.core.MultiMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeStatus;

/**
 * Reads the query parameters and path ids of the dispute routes into storage queries, refusing
 * anything doubtful with a {@link RejectedRequestException} that names the parameter: a typo such as
 * {@code ?reasoncode=} is an error rather than a silently unfiltered list, and a repeated parameter is
 * an error rather than a guess about which one counts.
 *
 * <p>Dates are calendar dates ({@code 2026-11-30}) in the business time zone; {@code to} includes
 * its whole day.
 */
public final class DisputeRequestParser {
    /** The most disputes one page may hold; smaller than storage's own cap to keep pages quick. */
    public static final int MAX_LIMIT = 200;

    public static final int DEFAULT_LIMIT = 50;

    private static final Set<String> SEARCH_PARAMETERS = Set.of("reason", "status", "customerId", "from", "to", "limit",
            "offset");
    private static final Set<String> REPORT_PARAMETERS = Set.of("from", "to");

    private final ZoneId businessZone;

    public DisputeRequestParser(ZoneId businessZone) {
        this.businessZone = businessZone;
    }

    /**
     * The search the parameters ask for. The reason code is checked for shape here and against the
     * active codes by {@link #requireActiveReason}, which needs the ledger.
     */
    public DisputeQuery searchQuery(MultiMap params) {
        requireOnly(params, SEARCH_PARAMETERS);
        String reason = single(params, "reason");
        if (reason != null && !reason.matches("[A-Z][A-Z_]{1,39}")) {
            throw rejected("reason", "unknown reason code " + ApiError.quote(reason)
                    + "; codes are upper-case words joined by '_', see /api/dispute-reasons");
        }
        DisputeStatus status = status(single(params, "status"));
        Long customerId = positiveId("customerId", single(params, "customerId"));
        LocalDate from = date("from", single(params, "from"));
        LocalDate to = date("to", single(params, "to"));
        requireOrdered(from, to);
        int limit = whole("limit", single(params, "limit"), DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw rejected("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        int offset = whole("offset", single(params, "offset"), 0);
        if (offset < 0) {
            throw rejected("offset", "offset must not be negative, was " + offset);
        }
        return new DisputeQuery(reason, status, customerId,
                from == null ? null : from.atStartOfDay(businessZone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(businessZone).toInstant(),
                limit, offset);
    }

    /** The report period; both ends are required. */
    public ReportPeriod reportPeriod(MultiMap params) {
        requireOnly(params, REPORT_PARAMETERS);
        LocalDate from = parseDate("from", required(params, "from"));
        LocalDate to = parseDate("to", required(params, "to"));
        requireOrdered(from, to);
        return new ReportPeriod(from, to, businessZone);
    }

    /** The dispute id of a path such as {@code /api/disputes/17}. */
    public long disputeId(String raw) {
        return parseId("id", raw);
    }

    /** Refuses a reason code that is not one of the active ones (a retired code finds nothing to list). */
    public static void requireActiveReason(String code, List<DisputeReason> active) {
        if (code != null && active.stream().noneMatch(reason -> reason.code().equals(code))) {
            throw rejected("reason", "unknown reason code " + ApiError.quote(code) + "; active codes are "
                    + active.stream().map(DisputeReason::code).collect(Collectors.joining(", ")));
        }
    }

    private static @Nullable DisputeStatus status(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        for (DisputeStatus status : DisputeStatus.values()) {
            if (status.name().equals(raw)) {
                return status;
            }
        }
        throw rejected("status", "unknown status " + ApiError.quote(raw) + "; one of "
                + names(Arrays.asList(DisputeStatus.values())));
    }

    private static @Nullable Long positiveId(String name, @Nullable String raw) {
        return raw == null ? null : parseId(name, raw);
    }

    private static long parseId(String name, String raw) {
        if (!raw.matches("[0-9]{1,18}") || Long.parseLong(raw) == 0) {
            throw rejected(name, name + " must be a positive whole number, was " + ApiError.quote(raw));
        }
        return Long.parseLong(raw);
    }

    private static int whole(String name, @Nullable String raw, int absent) {
        if (raw == null) {
            return absent;
        }
        if (!raw.matches("-?[0-9]{1,9}")) {
            throw rejected(name, name + " must be a whole number, was " + ApiError.quote(raw));
        }
        return Integer.parseInt(raw);
    }

    private static @Nullable LocalDate date(String name, @Nullable String raw) {
        return raw == null ? null : parseDate(name, raw);
    }

    private static LocalDate parseDate(String name, String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw rejected(name, name + " must be a calendar date like 2026-11-30, was " + ApiError.quote(raw));
        }
    }

    private static void requireOrdered(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw rejected("from", "from (" + from + ") must not be after to (" + to + ")");
        }
    }

    private static String required(MultiMap params, String name) {
        String value = single(params, name);
        if (value == null) {
            throw rejected(name, name + " is required");
        }
        return value;
    }

    /** The parameter's one value, or null when absent; an empty value counts as absent. */
    private static @Nullable String single(MultiMap params, String name) {
        List<String> values = params.getAll(name);
        if (values.size() > 1) {
            throw rejected(name, name + " was given " + values.size() + " times; give it once");
        }
        return values.isEmpty() || values.getFirst().isEmpty() ? null : values.getFirst();
    }

    private static void requireOnly(MultiMap params, Set<String> allowed) {
        for (String name : params.names()) {
            if (!allowed.contains(name)) {
                throw rejected(name, "unknown parameter " + ApiError.quote(name) + "; accepted: "
                        + names(allowed.stream().sorted().toList()));
            }
        }
    }

    private static String names(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static RejectedRequestException rejected(String field, String message) {
        return new RejectedRequestException(ApiError.badRequest(field, message));
    }
}
