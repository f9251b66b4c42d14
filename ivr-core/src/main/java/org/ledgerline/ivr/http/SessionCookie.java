package org.ledgerline.ivr.http;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The back-office session cookie {@value #NAME}: {@code HttpOnly} (scripts cannot read it),
 * {@code SameSite=Strict} (other sites cannot make the browser send it), {@code Path=/}, and
 * {@code Secure} when {@code auth.secureCookies} is on. No {@code Max-Age}: it ends with the
 * browser, and the server ends it sooner (idle timeout, absolute lifetime).
 */
final class SessionCookie {
    static final String NAME = "ll_session";

    private final boolean secure;

    SessionCookie(boolean secure) {
        this.secure = secure;
    }

    Optional<String> read(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(NAME);
        return cookie == null || cookie.getValue().isEmpty() ? Optional.empty() : Optional.of(cookie.getValue());
    }

    void set(RoutingContext ctx, String sessionId) {
        ctx.response().addCookie(cookie(sessionId));
    }

    /** Tells the browser to forget the cookie. */
    void clear(RoutingContext ctx) {
        ctx.response().addCookie(cookie("").setMaxAge(0));
    }

    private Cookie cookie(String value) {
        return Cookie.cookie(NAME, value).setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setPath("/")
                .setSecure(secure);
    }
}
