package org.ledgerline.ivr.http;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.user.SecretTokens;
import org.ledgerline.ivr.user.SessionService;
import org.ledgerline.ivr.user.SignInRefusedException;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out, for scripts and for the browser:
 * <ul>
 *   <li>{@code POST /api/session} {@code {"username", "password"}}: 200 with the user and the CSRF
 *       token, and the session cookie; 401 with one message for every kind of failure;
 *   <li>{@code GET /api/session}: who is signed in (and the CSRF token); {@code DELETE /api/session}:
 *       sign out (needs the CSRF token, like every cookie-authenticated change);
 *   <li>{@code GET /sign-in} and {@code POST /sign-in} (form: username, password, next, _csrf): the
 *       sign-in page; success redirects to {@code next} if it is a local path, else to {@code /};
 *   <li>{@code POST /sign-out} (form with _csrf): sign out and go to the sign-in page.
 * </ul>
 * Each sign-in gets a new session id and the browser's old one is dropped (no session fixation).
 * The sign-in form carries its own CSRF token, paired with a short-lived cookie, so another site
 * cannot sign a victim's browser in to an account of the attacker's choosing.
 */
final class SessionRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRoutes.class);
    static final String PRE_SIGN_IN_COOKIE = "ll_sign_in";
    /**
     * Sign-ins checked at once, node-wide. Each costs ~0.1 s of a core and 19 MiB; a flood beyond
     * this is answered 429 at once instead of queueing behind the hashing pool.
     */
    static final int MAX_SIGN_INS_IN_FLIGHT = 16;

    private final BackOfficeAuth auth;
    private final SessionCookie cookie;
    private final LedgerResponder ledger;
    private final WorkerExecutor workers;
    private final Semaphore inFlight = new Semaphore(MAX_SIGN_INS_IN_FLIGHT);

    SessionRoutes(BackOfficeAuth auth, SessionCookie cookie, WorkerExecutor workers) {
        this.auth = auth;
        this.cookie = cookie;
        this.workers = workers;
        this.ledger = new LedgerResponder(workers);
    }

    void mount(SecuredRoutes routes) {
        routes.post("/api/session", Access.PUBLIC, this::signInJson);
        routes.get("/api/session", Access.anySignedIn(), this::whoAmI);
        routes.route(HttpMethod.DELETE, "/api/session", Access.anySignedIn(), this::signOutJson);
        routes.get("/sign-in", Access.PUBLIC, this::signInPage);
        routes.post("/sign-in", Access.PUBLIC, this::signInForm);
        routes.post("/sign-out", Access.anySignedIn(), this::signOutForm);
    }

    private void signInJson(RoutingContext ctx) {
        JsonObject body = JsonBodies.object(ctx.request().getHeader("content-type"), ctx.body().buffer(),
                Set.of("username", "password"));
        String username = JsonBodies.requiredString(body, "username");
        String password = JsonBodies.requiredString(body, "password");
        Optional<String> previous = cookie.read(ctx);
        if (!inFlight.tryAcquire()) {
            ctx.response().putHeader("Retry-After", "1");
            LedgerResponder.send(ctx, 429,
                    new ApiError(429, "too many sign-ins at once; try again in a moment", null).toJson());
            return;
        }
        signInOffLoop(username, password, previous, ctx).onComplete(result -> {
            if (result.failed()) {
                if (result.cause() instanceof SignInRefusedException refused) {
                    LedgerResponder.send(ctx, 401,
                            new ApiError(401,
                                    Objects.requireNonNullElse(refused.getMessage(), SignInRefusedException.MESSAGE),
                                    null).toJson());
                } else {
                    LedgerResponder.fail(ctx, result.cause());
                }
                return;
            }
            SignedIn signedIn = result.result();
            cookie.set(ctx, signedIn.session().id());
            LedgerResponder.send(ctx, 200, new JsonObject()
                    .put("user", UserJson.signedIn(signedIn.user()))
                    .put("csrfToken", signedIn.session().csrfToken())
                    .put("expiresAt", signedIn.session().expiresAt().toString()));
        });
    }

    private void whoAmI(RoutingContext ctx) {
        JsonObject body = new JsonObject().put("user", UserJson.signedIn(Access.user(ctx)));
        if (!Csrf.token(ctx).isEmpty()) {
            body.put("csrfToken", Csrf.token(ctx));
        }
        LedgerResponder.send(ctx, 200, body);
    }

    private void signOutJson(RoutingContext ctx) {
        SignedInUser user = Access.user(ctx);
        Optional<String> id = cookie.read(ctx);
        if (id.isEmpty()) {
            LedgerResponder.send(ctx, 400, ApiError.badRequest(null,
                    "API tokens have no session to end; an admin revokes the token instead").toJson());
            return;
        }
        ledger.respond(ctx, () -> auth.sessions().signOut(id.get(), user.username()), ended -> {
            cookie.clear(ctx);
            return new JsonObject().put("signedOut", true);
        });
    }

    private void signInPage(RoutingContext ctx) {
        showSignIn(ctx, 200, SafeRedirect.localPath(ctx.request().getParam("next")), null, "");
    }

    private void signInForm(RoutingContext ctx) {
        String next = SafeRedirect.localPath(ctx.request().getFormAttribute("next"));
        String username = ctx.request().getFormAttribute("username");
        String password = ctx.request().getFormAttribute("password");
        Cookie pre = ctx.request().getCookie(PRE_SIGN_IN_COOKIE);
        String formToken = ctx.request().getFormAttribute(Csrf.FORM_FIELD);
        if (pre == null || !SecretTokens.same(pre.getValue(), formToken)) {
            showSignIn(ctx, 403, next, "The sign-in form expired. Please try again.", username);
            return;
        }
        Optional<String> previous = cookie.read(ctx);
        if (!inFlight.tryAcquire()) {
            ctx.response().putHeader("Retry-After", "1");
            showSignIn(ctx, 429, next, "Too many sign-ins at once. Please try again in a moment.", username);
            return;
        }
        signInOffLoop(username, password, previous, ctx).onComplete(result -> {
            if (result.failed()) {
                if (result.cause() instanceof SignInRefusedException) {
                    showSignIn(ctx, 401, next, "The username or password is not correct, or the account cannot sign in"
                            + " right now.", username);
                } else if (result.cause() instanceof LedgerUnavailableException) {
                    Refusals.unavailable(ctx);
                } else {
                    ctx.fail(result.cause());
                }
                return;
            }
            cookie.set(ctx, result.result().session().id());
            ctx.response().addCookie(preSignInCookie("").setMaxAge(0));
            ctx.response().setStatusCode(303).putHeader("Location", next).putHeader("Cache-Control", "no-store").end();
        });
    }

    private void signOutForm(RoutingContext ctx) {
        SignedInUser user = Access.user(ctx);
        Optional<String> id = cookie.read(ctx);
        workers.executeBlocking(() -> id.isPresent() && auth.sessions().signOut(id.get(), user.username()), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        // The browser forgets the cookie anyway; the session row ends at its idle timeout.
                        LOG.warn("Sign-out of {} could not reach the ledger: {}", user.username(),
                                result.cause().toString());
                    }
                    cookie.clear(ctx);
                    ctx.response().setStatusCode(303).putHeader("Location", "/sign-in").end();
                });
    }

    private void showSignIn(RoutingContext ctx, int status, String next, @Nullable String error,
            @Nullable String username) {
        String token = SecretTokens.random256();
        ctx.response().addCookie(preSignInCookie(token));
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("csrf", token);
        model.put("error", error);
        // Shown back in the form (escaped); a username is at most 63 characters, anything longer is cut.
        model.put("username", username == null ? "" : username.substring(0, Math.min(username.length(), 63)));
        PageRenderer pages = ctx.get(PageRenderer.KEY);
        pages.renderStandalone(ctx, status, "sign-in", model);
    }

    private Cookie preSignInCookie(String value) {
        return Cookie.cookie(PRE_SIGN_IN_COOKIE, value).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setPath("/sign-in").setSecure(auth.secureCookies());
    }

    /** Runs the sign-in on a worker; the caller has taken a permit from {@link #inFlight}, released here. */
    private Future<SignedIn> signInOffLoop(String username, String password, Optional<String> previous,
            RoutingContext ctx) {
        return workers.executeBlocking(() -> signIn(username, password, previous, ctx), false)
                .onComplete(result -> inFlight.release());
    }

    private SignedIn signIn(String username, String password, Optional<String> previous, RoutingContext ctx) {
        SignedInUser user = auth.signIn().signIn(username, password,
                "from " + ctx.request().remoteAddress().hostAddress());
        return new SignedIn(user, auth.sessions().start(user, previous));
    }

    private record SignedIn(SignedInUser user, SessionService.NewSession session) {}
}
