package org.ledgerline.ivr.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ledgerline.storage.dispute.DisputeTransitionException;
import org.ledgerline.storage.dispute.NoSuchDisputeException;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.user.NoSuchApiTokenException;
import org.ledgerline.storage.user.NoSuchUserException;
import org.ledgerline.storage.user.UsernameTakenException;
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
        respond(ctx, 200, work, render);
    }

    /** Runs {@code work} off the event loop and answers {@code status} with {@code render} of its result. */
    <T> void respond(RoutingContext ctx, int status, Callable<T> work, Function<T, JsonObject> render) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                send(ctx, status, render.apply(result.result()));
            } else {
                fail(ctx, result.cause());
            }
        });
    }

    /**
     * Runs {@code work} off the event loop and hands its result to {@code then} back on the
     * request's context, which answers; a failure is answered as {@link #fail} does.
     */
    <T> void run(RoutingContext ctx, Callable<T> work, Consumer<T> then) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                then.accept(result.result());
            } else {
                fail(ctx, result.cause());
            }
        });
    }

    /** Runs {@code work} off the event loop with nobody waiting for its answer; a failure is logged. */
    void background(String what, Callable<?> work) {
        workers.executeBlocking(work, false).onFailure(
                failure -> LOG.warn("{} failed: {}", what, failure.getMessage()));
    }

    /** Answers with the error {@code failure} stands for. */
    static void fail(RoutingContext ctx, Throwable failure) {
        ApiError error = errorFor(ctx, failure);
        if (error.status() == 503) {
            ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        send(ctx, error.status(), error.toJson());
    }

    /** Answers {@code status} with {@code body} as HTML-safe JSON (see {@link #encode}). */
    static void send(RoutingContext ctx, int status, JsonObject body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json; charset=utf-8")
                .end(encode(body));
    }

    /**
     * {@code body} as JSON text in which {@code <}, {@code >} and {@code &} are written as JSON
     * Unicode escapes (backslash, {@code u003c} and so on). Errors quote the client's input back; this
     * way a value such as {@code <script>} never appears raw in a response, even if a browser were
     * talked into reading the JSON as HTML. Outside strings JSON never contains these characters, so
     * replacing them everywhere keeps the text valid and equal in meaning.
     */
    static String encode(JsonObject body) {
        String json = body.encode();
        if (json.indexOf('<') < 0 && json.indexOf('>') < 0 && json.indexOf('&') < 0) {
            return json;
        }
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static ApiError errorFor(RoutingContext ctx, Throwable failure) {
        return switch (failure) {
            case RejectedRequestException rejected -> rejected.apiError();
            case NoSuchDisputeException missing -> ApiError.notFound("id", "No dispute with id " + missing.disputeId());
            case NoSuchUserException missing ->
                ApiError.notFound("id", Objects.requireNonNullElse(missing.getMessage(), "No such user"));
            case NoSuchApiTokenException missing ->
                ApiError.notFound("id", Objects.requireNonNullElse(missing.getMessage(), "No such API token"));
            case UsernameTakenException taken -> ApiError.conflict("username",
                    Objects.requireNonNullElse(taken.getMessage(), "The username is already taken"));
            case DisputeTransitionException refused -> ApiError.conflict("status", "the dispute is already "
                    + refused.from() + " and cannot become " + refused.to());
            case LedgerUnavailableException down -> {
                LOG.warn("Back-office request {} {} found the ledger unavailable: {}",
                        ctx.request().method(), ctx.request().path(), down.getMessage());
                yield new ApiError(503, "the ledger is unavailable right now; nothing was changed, try again shortly",
                        null);
            }
            default -> {
                LOG.error("Back-office request {} {} failed", ctx.request().method(), ctx.request().path(), failure);
                yield new ApiError(500, "internal error; the server log has the details", null);
            }
        };
    }
}
