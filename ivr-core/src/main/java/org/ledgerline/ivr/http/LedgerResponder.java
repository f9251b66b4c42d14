package org.ledgerline.ivr.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.ledgerline.storage.dispute.DisputeTransitionException;
import org.ledgerline.storage.dispute.NoSuchDisputeException;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a blocking ledger call for an HTTP request on a bounded worker pool (never on the event
 * loop) and answers with its JSON, or with the {@link ApiError} its failure stands for: the
 * client's mistakes as 4xx, a ledger outage as 503, anything else as a logged 500.
 */
final class LedgerResponder {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerResponder.class);
    /** Seconds a client is told to wait after an outage; the pool fails fast, so retries are cheap. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final WorkerExecutor workers;

    LedgerResponder(WorkerExecutor workers) {
        this.workers = workers;
    }

    /** Runs {@code work} off the event loop and answers 200 with {@code render} of its result. */
    <T> void respond(RoutingContext ctx, Callable<T> work, Function<T, JsonObject> render) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                send(ctx, 200, render.apply(result.result()));
            } else {
                fail(ctx, result.cause());
            }
        });
    }

    /** Answers with the error {@code failure} stands for. */
    static void fail(RoutingContext ctx, Throwable failure) {
        ApiError error = errorFor(ctx, failure);
        if (error.status() == 503) {
            ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        send(ctx, error.status(), error.toJson());
    }

    static void send(RoutingContext ctx, int status, JsonObject body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json; charset=utf-8")
                .end(body.encode());
    }

    private static ApiError errorFor(RoutingContext ctx, Throwable failure) {
        return switch (failure) {
            case RejectedRequestException rejected -> rejected.apiError();
            case NoSuchDisputeException missing -> ApiError.notFound("id", "No dispute with id " + missing.disputeId());
            case DisputeTransitionException refused -> ApiError.conflict("status", "the dispute is already "
                    + refused.from() + " and cannot become " + refused.to());
            case LedgerUnavailableException down -> {
                LOG.warn("Back-office request {} {} found the ledger unavailable: {}",
                        ctx.request().method(), ctx.request().path(), down.getMessage());
                yield new ApiError(503, "the ledger is unavailable right now; nothing was changed, try again shortly", null);
            }
            default -> {
                LOG.error("Back-office request {} {} failed", ctx.request().method(), ctx.request().path(), failure);
                yield new ApiError(500, "internal error; the server log has the details", null);
            }
        };
    }
}
