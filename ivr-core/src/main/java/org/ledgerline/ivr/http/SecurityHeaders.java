package org.ledgerline.ivr.http;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;

/**
 * The security headers every answer of the HTTP server carries: pages, the API, static files,
 * errors and 404s alike. It wraps the router at the server's request handler rather than being a
 * route, so no answer can slip past it (a 404 the router makes, a 413 from the body reader, an
 * error page of a failure handler).
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles and media only from this origin (no
 *       inline script or style, no plugins, no {@code <base>}), forms post only here, and no page
 *       may frame ours ({@code frame-ancestors 'none'}).
 *   <li>{@code X-Frame-Options: DENY}: the same refusal to be framed, for browsers without CSP 2.
 *   <li>{@code X-Content-Type-Options: nosniff}: a JSON error is never sniffed into HTML or script.
 *   <li>{@code Referrer-Policy: no-referrer}: back-office URLs carry customer ids and filters; no
 *       other site, and not even our own log of a followed link, needs them. The back office's CSRF
 *       defence is a token, not the Referer or Origin header, so nothing depends on a referrer.
 *   <li>{@code Cache-Control: no-store}: API answers and pages hold customer data, which must not
 *       stay in a shared or browser cache. Static files under {@code /assets/} and {@code /webjars/}
 *       hold none and are left to the static handler's caching.
 *   <li>{@code Strict-Transport-Security} only when the server speaks TLS (a browser ignores it
 *       over plain HTTP, and sending it there would promise something the node does not do). One
 *       year, without {@code includeSubDomains}: the node cannot vouch for sibling hosts.
 * </ul>
 */
public final class SecurityHeaders implements Handler<HttpServerRequest> {
    /** The Content-Security-Policy of every answer; no inline script or style is allowed anywhere. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** HSTS sent over TLS: one year. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final Handler<HttpServerRequest> next;
    private final boolean tls;

    private SecurityHeaders(Handler<HttpServerRequest> next, boolean tls) {
        this.next = next;
        this.tls = tls;
    }

    /** {@code next} (the router) behind the headers; {@code tls} says whether the server speaks HTTPS. */
    public static SecurityHeaders around(Handler<HttpServerRequest> next, boolean tls) {
        return new SecurityHeaders(next, tls);
    }

    @Override
    public void handle(HttpServerRequest request) {
        MultiMap headers = request.response().headers();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (!isStaticFile(request.path())) {
            headers.set("Cache-Control", "no-store");
        }
        if (tls) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        next.handle(request);
    }

    /**
     * Whether {@code path} (raw, as sent) names a static file. A path with a dot segment, encoded or
     * not, or a backslash, is never one: the router normalises {@code /assets/../api/...} into an API
     * path, whose answer must not lose {@code no-store}.
     */
    private static boolean isStaticFile(String path) {
        if (path == null || path.contains("..") || path.contains("\\") || path.toLowerCase(Locale.ROOT).contains("%2e")
                || path.toLowerCase(Locale.ROOT).contains("%5c")) {
            return false;
        }
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }
}
