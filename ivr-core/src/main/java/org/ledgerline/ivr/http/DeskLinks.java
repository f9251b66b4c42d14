package org.ledgerline.ivr.http;

import io.vertx.core.MultiMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The disputes desk's links, built so filters round-trip in the URL: the list's filters as the
 * form sent them (only after {@link DisputeRequestParser} accepted them), the newer/older page
 * links keeping every filter, and the report's period presets and CSV link. Values are URL-encoded
 * here; the templates HTML-escape the whole link.
 */
final class DeskLinks {
    private DeskLinks() {}

    /**
     * The list's accepted filters, by parameter name, as text for the form (absent ones empty).
     *
     * @param limit the page size when the request named one, else empty
     */
    record Filters(String reason, String status, String customerId, String from, String to, String limit) {
        static Filters of(MultiMap accepted) {
            return new Filters(value(accepted, "reason"), value(accepted, "status"), value(accepted, "customerId"),
                    value(accepted, "from"), value(accepted, "to"), value(accepted, "limit"));
        }

        private static String value(MultiMap params, String name) {
            String value = params.get(name);
            return value == null ? "" : value;
        }

        private Map<String, String> asParameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("reason", reason);
            parameters.put("status", status);
            parameters.put("customerId", customerId);
            parameters.put("from", from);
            parameters.put("to", to);
            parameters.put("limit", limit);
            return parameters;
        }
    }

    /** A preset period of the report: its label and link. */
    record Preset(String label, String url) {}

    /** The list at {@code offset} with the same filters; offset 0 is left out. */
    static String disputes(Filters filters, int offset) {
        Map<String, String> parameters = filters.asParameters();
        parameters.put("offset", offset == 0 ? "" : Integer.toString(offset));
        return "/disputes" + query(parameters);
    }

    /** The report over {@code from}..{@code to}. */
    static String report(LocalDate from, LocalDate to) {
        return "/disputes/by-reason" + query(Map.of("from", from.toString(), "to", to.toString()));
    }

    /** The CSV of the report over {@code from}..{@code to}. */
    static String reportCsv(LocalDate from, LocalDate to) {
        return "/disputes/by-reason.csv" + query(Map.of("from", from.toString(), "to", to.toString()));
    }

    /** The periods a credit manager asks about most, ending {@code today}. */
    static List<Preset> presets(LocalDate today) {
        return List.of(
                new Preset("Last 7 days", report(today.minusDays(6), today)),
                new Preset("Last 30 days", report(today.minusDays(29), today)),
                new Preset("Last 90 days", report(today.minusDays(89), today)),
                new Preset("This year", report(today.withDayOfYear(1), today)));
    }

    private static String query(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
