package org.ledgerline.ivr.http;

import java.util.regex.Pattern;

/**
 * Where a page may send the browser after sign-in: only a path on this server. Anything else
 * ({@code https://evil.example}, {@code //evil.example}, {@code /\evil.example}, control characters,
 * over-long values) becomes {@code /}, so the sign-in page can never be used as an open redirect.
 */
final class SafeRedirect {
    private static final int MAX_LENGTH = 512;
    /** A single leading slash, then URL path/query characters only (no backslash, no control characters). */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

    private SafeRedirect() {}

    static String localPath(String next) {
        if (next == null || next.length() > MAX_LENGTH || !LOCAL.matcher(next).matches()
                || next.startsWith("/sign-in")) {
            return "/";
        }
        return next;
    }
}
