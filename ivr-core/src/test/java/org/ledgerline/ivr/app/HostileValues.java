package org.ledgerline.ivr.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What an attacker puts in a parameter: SQL metacharacters, script tags, NUL, traversal, lookups,
 * numbers out of range and values past the request limits. {@link #reflected} spots a payload that
 * came back as live markup.
 */
final class HostileValues {
    /** The markers that must never come back raw: each payload below that carries markup holds one. */
    private static final List<String> LIVE_MARKUP = List.of("<script>alert", "<img src=x onerror", "<svg onload");

    /** Decoded values: the test percent-encodes them into the URL or puts them in a body. */
    static final List<String> PARAMETER_VALUES = List.of(
            "' OR 1=1 --",
            "1' OR '1'='1",
            "1; DROP TABLE disputes; --",
            "\" OR \"\"=\"",
            "<script>alert('x')</script>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "\u0000",
            "a\u0000b",
            "%00",
            "\\u0000",
            "../../../../etc/passwd",
            "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}",
            "-1",
            "0",
            "99999999999999999999999999",
            "1e309",
            "NaN",
            " ",
            "\u202e\u00e9\u2603\ud83d\udca3",
            "<script>alert('x')</script>".repeat(7),
            "A".repeat(201),
            "9".repeat(5000));

    private HostileValues() {}

    /** {@code value} percent-encoded for a query or a path segment (a space as %20, not +). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether {@code body} holds live markup of a payload: the raw {@code <script>} and its kin. */
    static boolean reflected(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return LIVE_MARKUP.stream().anyMatch(lower::contains);
    }
}
