package org.ledgerline.ivr.http;

import io.vertx.core.MultiMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.search.CallDirection;
import org.ledgerline.storage.search.JdbcTranscriptSearch;
import org.ledgerline.storage.search.SegmentFilters;
import org.ledgerline.storage.search.SegmentQuery;
import org.ledgerline.storage.transcription.Speaker;

/**
 * Reads {@code GET /api/transcripts/search} parameters into a {@link SegmentQuery}, refusing anything
 * doubtful with a 400 that names the parameter: an unknown or repeated parameter, an unknown enum
 * value, a malformed date or id. {@code q} itself is never refused for its syntax (PostgreSQL reads
 * web-search syntax leniently), only for its length. Dates are calendar days in the back office's
 * time zone; {@code to} includes its whole day.
 */
final class TranscriptSearchRequests {
    /** The last page a search may ask for: the ranked candidates end there. */
    static final int MAX_PAGE = JdbcTranscriptSearch.CANDIDATES / SegmentQuery.DEFAULT_PAGE_SIZE;
    private static final Set<String> PARAMETERS = Set.of("q", "collector", "account", "customer", "from", "to",
            "direction", "disposition", "speaker", "promise", "page");

    private final ZoneId zone;

    TranscriptSearchRequests(ZoneId zone) {
        this.zone = zone;
    }

    SegmentQuery query(MultiMap params) {
        for (String name : params.names()) {
            if (!PARAMETERS.contains(name)) {
                throw rejected(name, "unknown parameter " + ApiError.quote(name) + "; known: "
                        + PARAMETERS.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        String q = single(params, "q");
        String text = q == null ? "" : q;
        if (text.length() > SegmentQuery.MAX_TEXT_LENGTH) {
            throw rejected("q", "q is longer than " + SegmentQuery.MAX_TEXT_LENGTH + " characters");
        }
        String collector = single(params, "collector");
        if (collector != null && !collector.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
            throw rejected("collector", "collector must be a username, was " + ApiError.quote(collector));
        }
        String account = single(params, "account");
        if (account != null && !account.matches("[0-9]{4,20}")) {
            throw rejected("account", "account must be an account number (4 to 20 digits), was "
                    + ApiError.quote(account));
        }
        Long customer = id("customer", single(params, "customer"));
        LocalDate from = date("from", single(params, "from"));
        LocalDate to = date("to", single(params, "to"));
        if (from != null && to != null && from.isAfter(to)) {
            throw rejected("from", "from (" + from + ") must not be after to (" + to + ")");
        }
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        CallDirection direction = choice("direction", single(params, "direction"), CallDirection.values());
        AttemptDisposition disposition = choice("disposition", single(params, "disposition"),
                AttemptDisposition.values());
        Speaker speaker = choice("speaker", single(params, "speaker"), Speaker.values());
        Boolean promise = flag("promise", single(params, "promise"));
        int page = page(single(params, "page"));
        return new SegmentQuery(text, new SegmentFilters(collector, customer, account, start, end, direction,
                disposition, speaker, promise), page, SegmentQuery.DEFAULT_PAGE_SIZE);
    }

    /** A positive id from a path or parameter. */
    static long pathId(String name, @Nullable String raw) {
        Long id = id(name, raw);
        if (id == null) {
            throw rejected(name, name + " is required");
        }
        return id;
    }

    private static @Nullable Long id(String name, @Nullable String raw) {
        if (raw == null) {
            return null;
        }
        if (!raw.matches("[0-9]{1,18}") || Long.parseLong(raw) == 0) {
            throw rejected(name, name + " must be a positive whole number, was " + ApiError.quote(raw));
        }
        return Long.parseLong(raw);
    }

    private static @Nullable LocalDate date(String name, @Nullable String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw rejected(name, name + " must be a calendar date like 2026-11-30, was " + ApiError.quote(raw));
        }
    }

    private static <E extends Enum<E>> @Nullable E choice(String name, @Nullable String raw, E[] values) {
        if (raw == null) {
            return null;
        }
        String wanted = raw.toUpperCase(Locale.ROOT);
        for (E value : values) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        throw rejected(name, "unknown " + name + " " + ApiError.quote(raw) + "; one of "
                + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static @Nullable Boolean flag(String name, @Nullable String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw rejected(name, name + " must be true or false, was " + ApiError.quote(raw));
        };
    }

    private static int page(@Nullable String raw) {
        if (raw == null) {
            return 1;
        }
        if (!raw.matches("[0-9]{1,4}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > MAX_PAGE) {
            throw rejected("page", "page must be 1 to " + MAX_PAGE + ", was " + ApiError.quote(raw)
                    + " (narrow the search to reach further)");
        }
        return Integer.parseInt(raw);
    }

    /** The parameter's one value, or null when absent; an empty value counts as absent. */
    private static @Nullable String single(MultiMap params, String name) {
        List<String> values = params.getAll(name);
        if (values.size() > 1) {
            throw rejected(name, name + " was given " + values.size() + " times; give it once");
        }
        return values.isEmpty() || values.getFirst().isEmpty() ? null : values.getFirst();
    }

    private static RejectedRequestException rejected(String field, String why) {
        return new RejectedRequestException(ApiError.badRequest(field, why));
    }
}
