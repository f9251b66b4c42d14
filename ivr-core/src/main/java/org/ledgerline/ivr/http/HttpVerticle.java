package org.ledgerline.ivr.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The operations endpoints: {@code /health} (the process answers), {@code /ready} (every
 * {@link ReadinessCheck} holds: ledger reachable, FastAGI listening) and {@code /metrics}
 * (Prometheus text format from Micrometer), and any {@link RouteGroup}s it is given (the back office).
 */
public final class HttpVerticle extends VerticleBase {
    private final String host;
    private final int port;
    private final List<ReadinessCheck> checks;
    private final PrometheusMeterRegistry registry;
    private final List<RouteGroup> routeGroups;
    private @Nullable HttpServer server;

    public HttpVerticle(String host, int port, List<ReadinessCheck> checks, PrometheusMeterRegistry registry) {
        this(host, port, checks, registry, List.of());
    }

    public HttpVerticle(String host, int port, List<ReadinessCheck> checks, PrometheusMeterRegistry registry,
            List<RouteGroup> routeGroups) {
        this.host = host;
        this.port = port;
        this.checks = List.copyOf(checks);
        this.registry = registry;
        this.routeGroups = List.copyOf(routeGroups);
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        router.get("/health").handler(ctx -> json(ctx, 200, new JsonObject().put("status", "UP")));
        router.get("/ready").handler(this::ready);
        router.get("/metrics").handler(ctx -> ctx.response()
                .putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8")
                .end(registry.scrape()));
        routeGroups.forEach(group -> group.mount(vertx, router));
        return vertx.createHttpServer()
                .requestHandler(router)
                .listen(port, host)
                .onSuccess(s -> server = s);
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int actualPort() {
        return Objects.requireNonNull(server, "the HTTP server is not listening yet").actualPort();
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
