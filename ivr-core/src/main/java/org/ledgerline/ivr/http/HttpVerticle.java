package org.ledgerline.ivr.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP server: the operations endpoints {@code /health} (the process answers),
 * {@code /ready} (every {@link ReadinessCheck} holds) and {@code /metrics} (Prometheus text), which
 * are public; the back office's sign-in, session, admin and home routes; and the {@link RouteGroup}s
 * it is given. Every route goes through {@link SecuredRoutes}, and the verticle refuses to start if
 * any route has no {@link Access} (deny by default).
 */
public final class HttpVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(HttpVerticle.class);
    /** Sessions past their lifetime are swept this often (they are refused at once anyway). */
    private static final long SESSION_SWEEP_MS = 10 * 60 * 1000;

    private final String host;
    private final int port;
    private final List<ReadinessCheck> checks;
    private final PrometheusMeterRegistry registry;
    private final BackOfficeAuth auth;
    private final List<RouteGroup> routeGroups;
    private final HttpTls tls;
    private @Nullable HttpServer server;
    private @Nullable Router router;

    public HttpVerticle(String host, int port, List<ReadinessCheck> checks, PrometheusMeterRegistry registry,
            BackOfficeAuth auth, List<RouteGroup> routeGroups) {
        this(host, port, checks, registry, auth, routeGroups, HttpTls.OFF);
    }

    /** As the other constructor, speaking HTTPS when {@code tls} is enabled. */
    public HttpVerticle(String host, int port, List<ReadinessCheck> checks, PrometheusMeterRegistry registry,
            BackOfficeAuth auth, List<RouteGroup> routeGroups, HttpTls tls) {
        this.tls = Objects.requireNonNull(tls, "tls");
        this.host = host;
        this.port = port;
        this.checks = List.copyOf(checks);
        this.registry = registry;
        this.auth = Objects.requireNonNull(auth, "auth");
        this.routeGroups = List.copyOf(routeGroups);
    }

    @Override
    public Future<?> start() {
        router = Router.router(vertx);
        WorkerExecutor authWorkers = vertx.createSharedWorkerExecutor(Authenticator.WORKER_POOL, Authenticator.WORKERS);
        Authenticator authenticator = new Authenticator(auth, authWorkers);
        PageRenderer pages = new PageRenderer(
                vertx.createSharedWorkerExecutor(PageRenderer.WORKER_POOL, PageRenderer.WORKERS));
        SecuredRoutes routes = new SecuredRoutes(router, authenticator, pages);

        routes.get("/health", Access.PUBLIC, ctx -> json(ctx, 200, new JsonObject().put("status", "UP")));
        routes.get("/ready", Access.PUBLIC, this::ready);
        routes.get("/metrics", Access.PUBLIC, ctx -> ctx.response()
                .putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8")
                .end(registry.scrape()));
        new SessionRoutes(auth, authenticator.cookie(), authWorkers).mount(routes);
        new AdminRoutes(auth, authWorkers).mount(routes);
        new BackOfficePages().mount(routes);
        routeGroups.forEach(group -> group.mount(vertx, routes));
        routes.failureHandler("/*", HttpVerticle::failed);
        router.errorHandler(404, HttpVerticle::notFound);

        List<String> unguarded = routesWithoutAccess(router);
        if (!unguarded.isEmpty()) {
            return Future.failedFuture(new IllegalStateException("refusing to start: these routes declare no Access "
                    + "(add them through SecuredRoutes; failure handlers through SecuredRoutes.failureHandler): "
                    + unguarded));
        }
        vertx.setPeriodic(SESSION_SWEEP_MS, id -> authWorkers.executeBlocking(auth.sessions()::removeExpired, false)
                .onFailure(e -> LOG.warn("Could not sweep expired sessions: {}", e.toString())));
        // Limits and security headers wrap the router, so they hold for every request and every
        // answer, including those no route produced (404s, decoder errors, limit refusals).
        HttpServerOptions options = tls.applyTo(RequestLimits.applyTo(new HttpServerOptions()));
        return vertx.createHttpServer(options)
                .requestHandler(SecurityHeaders.around(RequestLimits.around(router), tls.enabled()))
                .listen(port, host)
                .onSuccess(s -> server = s);
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int actualPort() {
        return Objects.requireNonNull(server, "the HTTP server is not listening yet").actualPort();
    }

    /** The router, once started: tests walk its routes and their {@link Access}. */
    public Router router() {
        return Objects.requireNonNull(router, "the HTTP server has not started yet");
    }

    /** Whether the server speaks HTTPS. */
    public boolean tlsEnabled() {
        return tls.enabled();
    }

    /** Each route that has neither an {@link Access} nor the failure-only mark, described by method and path. */
    static List<String> routesWithoutAccess(Router router) {
        return router.getRoutes().stream()
                .filter(route -> route.getMetadata(SecuredRoutes.ACCESS_METADATA) == null
                        && route.getMetadata(SecuredRoutes.FAILURE_ONLY_METADATA) == null)
                .map(HttpVerticle::describe)
                .toList();
    }

    private static String describe(Route route) {
        String methods = route.methods() == null || route.methods().isEmpty() ? "*" : route.methods().toString();
        return methods + " " + (route.getPath() == null ? "(any path)" : route.getPath());
    }

    /** Handler exceptions (bad input thrown while parsing) and failures such as the body reader's 413. */
    private static void failed(RoutingContext ctx) {
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (ctx.failure() == null && status == 413) {
            RequestLimits.refuseTooLarge(ctx.response());
            return;
        }
        if (Refusals.isApi(ctx)) {
            if (ctx.failure() != null) {
                LedgerResponder.fail(ctx, ctx.failure());
            } else {
                LedgerResponder.send(ctx, status,
                        new ApiError(status, "the request could not be handled", null).toJson());
            }
            return;
        }
        if (ctx.failure() != null && !(ctx.failure() instanceof RejectedRequestException)) {
            LOG.error("Page request {} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
        }
        if (!ctx.response().ended() && !ctx.response().closed()) {
            int shown = ctx.failure() instanceof RejectedRequestException rejected
                    ? rejected.apiError().status()
                    : status;
            ctx.response().setStatusCode(shown).putHeader("content-type", "text/plain; charset=utf-8")
                    .end(shown < 500
                            ? "The request could not be handled."
                            : "Something went wrong; the server log has the details.");
        }
    }

    /** No route matched: JSON under {@code /api}, a short text elsewhere; never the requested path echoed back. */
    private static void notFound(RoutingContext ctx) {
        if (Refusals.isApi(ctx)) {
            LedgerResponder.send(ctx, 404, new ApiError(404, "there is no such API route", null).toJson());
        } else if (!ctx.response().ended()) {
            ctx.response().setStatusCode(404).putHeader("content-type", "text/plain; charset=utf-8").end("Not found.");
        }
    }

    private void ready(RoutingContext ctx) {
        vertx.executeBlocking(this::runChecks, false).onComplete(result -> {
            if (result.failed()) {
                json(ctx, 503, new JsonObject().put("status", "DOWN").put("error", "readiness checks failed to run"));
                return;
            }
            JsonObject detail = result.result();
            boolean allUp = detail.stream().allMatch(e -> "UP".equals(e.getValue()));
            json(ctx, allUp ? 200 : 503, new JsonObject().put("status", allUp ? "UP" : "DOWN").put("checks", detail));
        });
    }

    private JsonObject runChecks() {
        JsonObject detail = new JsonObject();
        for (ReadinessCheck check : checks) {
            detail.put(check.name(), check.check().getAsBoolean() ? "UP" : "DOWN");
        }
        return detail;
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json").end(body.encode());
    }
}
