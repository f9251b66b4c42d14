package org.ledgerline.ivr.http;

import io.vertx.ext.web.RoutingContext;
import org.ledgerline.ivr.user.SecretTokens;

/**
 * Cross-site request forgery protection for cookie-authenticated state changes. Each session has
 * its own random token; a POST, PUT, PATCH or DELETE authenticated by the session cookie must carry
 * it as the form field {@value #FORM_FIELD} or the header {@value #HEADER}, or it is refused with
 * 403. Requests with an API token need none: a browser never adds that header by itself. The
 * {@code SameSite=Strict} cookie is the first line; the token is the second, for browsers and
 * proxies that get SameSite wrong.
 */
public final class Csrf {
    public static final String FORM_FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    /** The routing-context key of the session's CSRF token (absent for API-token requests). */
    static final String TOKEN_KEY = "ledgerline.csrf";

    private Csrf() {}

    /** The token to put in a form's {@value #FORM_FIELD} field; empty when the request has no session. */
    public static String token(RoutingContext ctx) {
        String token = ctx.get(TOKEN_KEY);
        return token == null ? "" : token;
    }

    /** Whether the request carries the session's token in the header or the form. */
    static boolean presented(RoutingContext ctx) {
        String expected = ctx.get(TOKEN_KEY);
        String header = ctx.request().getHeader(HEADER);
        String form = ctx.request().getFormAttribute(FORM_FIELD);
        return SecretTokens.same(expected, header) || SecretTokens.same(expected, form);
    }
}
