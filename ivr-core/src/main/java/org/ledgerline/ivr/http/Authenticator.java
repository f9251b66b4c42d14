package org.ledgerline.ivr.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.user.SessionService;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out who sent a request: an {@code Authorization: Bearer} API token, else the session
 * cookie. The lookups read the ledger, so they run on the {@value #WORKER_POOL} pool, never on the
 * event loop. A request that proves nothing is refused (401 or a redirect to sign-in); a cookie for a
 * session that has ended is cleared.
 */
final class Authenticator {
    /** Purpose: session and token lookups (ledger reads) for every secured request. */
    static final String WORKER_POOL = "ledgerline-auth";
    static final int WORKERS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    private static final String METHOD_KEY = "ledgerline.authMethod";
    private static final String BEARER = "Bearer ";

    private final BackOfficeAuth auth;
    private final SessionCookie cookie;
    private final WorkerExecutor workers;

    Authenticator(BackOfficeAuth auth, WorkerExecutor workers) {
        this.auth = auth;
        this.cookie = new SessionCookie(auth.secureCookies());
        this.workers = workers;
    }

    SessionCookie cookie() {
        return cookie;
    }

    /** Whether the request was authenticated by the session cookie (and so needs a CSRF token to change things). */
    boolean byCookie(RoutingContext ctx) {
        return "cookie".equals(ctx.get(METHOD_KEY));
    }

    void authenticate(RoutingContext ctx) {
        if (ctx.get(Access.USER_KEY) != null) {
            ctx.next(); // an earlier route of this request already did it
            return;
        }
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null) {
            String token = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? authorization.substring(BEARER.length()).strip()
                    : "";
            workers.executeBlocking(() -> auth.tokens().authenticate(token), false).onComplete(result -> {
                if (result.failed()) {
                    failed(ctx, result.cause());
                } else if (result.result().isEmpty()) {
                    Refusals.notSignedIn(ctx);
                } else {
                    signedIn(ctx, result.result().get(), "token", null);
                }
            });
            return;
        }
        Optional<String> sessionId = cookie.read(ctx);
        if (sessionId.isEmpty()) {
            Refusals.notSignedIn(ctx);
            return;
        }
        workers.executeBlocking(() -> auth.sessions().resolve(sessionId.get()), false).onComplete(result -> {
            if (result.failed()) {
                failed(ctx, result.cause());
                return;
            }
            Optional<SessionService.ActiveSession> session = result.result();
            if (session.isEmpty()) {
                cookie.clear(ctx);
                Refusals.notSignedIn(ctx);
            } else {
                signedIn(ctx, session.get().user(), "cookie", session.get().csrfToken());
            }
        });
    }

    private static void signedIn(RoutingContext ctx, SignedInUser user, String method, @Nullable String csrfToken) {
        ctx.put(Access.USER_KEY, user);
        ctx.put(METHOD_KEY, method);
        if (csrfToken != null) {
            ctx.put(Csrf.TOKEN_KEY, csrfToken);
        }
        ctx.next();
    }

    private static void failed(RoutingContext ctx, Throwable failure) {
        if (failure instanceof LedgerUnavailableException) {
            LOG.warn("Could not check who sent {} {}: the ledger is unavailable", ctx.request().method(),
                    ctx.request().path());
            Refusals.unavailable(ctx);
        } else {
            ctx.fail(failure);
        }
    }
}
