package org.ledgerline.ivr.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Set;

/**
 * The only way to add an HTTP route. Each route names its {@link Access}, stored in the route's
 * metadata under {@link #ACCESS_METADATA} (so tests can walk {@code router().getRoutes()} and
 * {@link HttpVerticle} can refuse to start when a route has none). In front of the handler it puts:
 * <ol>
 *   <li>for methods that change state, a body reader limited to {@link #MAX_BODY_BYTES} (413 above);
 *   <li>for routes that are not {@link Access#PUBLIC}: authentication by the session cookie or an
 *       {@code Authorization: Bearer} API token (none: 401 JSON under {@code /api}, else 303 to
 *       {@code /sign-in?next=...}), the role check (403), and for cookie-authenticated POST, PUT,
 *       PATCH and DELETE the {@link Csrf} check (403);
 *   <li>for methods that change state, the body limits of {@link BodyLimits} (400).
 * </ol>
 * Inside the handler, {@link Access#user(RoutingContext)} is who is asking.
 */
public final class SecuredRoutes {
    /** The route-metadata key holding each route's {@link Access}. */
    public static final String ACCESS_METADATA = "ledgerline.access";
    /** The route-metadata key marking a route that only carries failure handlers (no request handler). */
    public static final String FAILURE_ONLY_METADATA = "ledgerline.failureOnly";
    /** The largest request body read: {@link RequestLimits#MAX_BODY_BYTES}. */
    public static final int MAX_BODY_BYTES = RequestLimits.MAX_BODY_BYTES;

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Router router;
    private final Authenticator authenticator;
    private final PageRenderer pages;

    SecuredRoutes(Router router, Authenticator authenticator, PageRenderer pages) {
        this.router = router;
        this.authenticator = authenticator;
        this.pages = pages;
    }

    public Route get(String path, Access access, Handler<RoutingContext> handler) {
        return route(HttpMethod.GET, path, access, handler);
    }

    public Route post(String path, Access access, Handler<RoutingContext> handler) {
        return route(HttpMethod.POST, path, access, handler);
    }

    /** A route for one method on {@code path}. */
    public Route route(HttpMethod method, String path, Access access, Handler<RoutingContext> handler) {
        return secure(router.route(method, path), !SAFE.contains(method), access, handler);
    }

    /**
     * A route for every method on {@code path} that no earlier route took, e.g. a 405 that names
     * the allowed method. It is secured like the others, so strangers still get 401 first.
     */
    public Route anyOtherMethod(String path, Access access, Handler<RoutingContext> handler) {
        return secure(router.route(path), true, access, handler);
    }

    /** Failure handlers for {@code path} (exceptions and error statuses of the routes under it). */
    public Route failureHandler(String path, Handler<RoutingContext> handler) {
        return router.route(path).putMetadata(FAILURE_ONLY_METADATA, true).failureHandler(handler);
    }

    /** The renderer of back-office pages, where route groups register their navigation entries. */
    public PageRenderer pages() {
        return pages;
    }

    /**
     * The underlying router, for router-wide error handlers ({@link Router#errorHandler}) only: a
     * route added on it directly has no {@link Access} and stops the node at start-up. Path failure
     * handlers go through {@link #failureHandler}.
     */
    public Router router() {
        return router;
    }

    private Route secure(Route route, boolean readsBody, Access access, Handler<RoutingContext> handler) {
        if (access == null) {
            throw new IllegalArgumentException("every route needs an Access; deny by default");
        }
        route.putMetadata(ACCESS_METADATA, access);
        if (readsBody) {
            route.handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        }
        route.handler(ctx -> {
            ctx.put(PageRenderer.KEY, pages);
            ctx.next();
        });
        if (!access.isPublic()) {
            route.handler(authenticator::authenticate);
            route.handler(ctx -> authorise(ctx, access));
        }
        if (readsBody) {
            route.handler(BodyLimits::check);
        }
        return route.handler(handler);
    }

    private void authorise(RoutingContext ctx, Access access) {
        if (!access.allows(Access.user(ctx))) {
            Refusals.forbidden(ctx, "your roles do not allow this");
            return;
        }
        if (!SAFE.contains(ctx.request().method()) && authenticator.byCookie(ctx) && !Csrf.presented(ctx)) {
            Refusals.forbidden(ctx, "the CSRF token is missing or wrong; reload the page and try again");
            return;
        }
        ctx.next();
    }
}
