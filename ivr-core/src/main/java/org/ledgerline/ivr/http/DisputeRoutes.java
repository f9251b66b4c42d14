package org.ledgerline.ivr.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.ZoneId;
import java.util.Objects;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.ledgerline.storage.dispute.NoSuchDisputeException;

/**
 * The back-office dispute API (JSON):
 * <ul>
 *   <li>{@code GET /api/disputes?reason=&status=&customerId=&from=&to=&limit=&offset=}: a page of
 *       disputes, newest first, with the total that match;
 *   <li>{@code GET /api/disputes/{id}}: one dispute;
 *   <li>{@code GET /api/disputes/report?from=&to=}: counts and amounts per reason code and currency
 *       of the disputes opened in the period;
 *   <li>{@code GET /api/dispute-reasons}: the active reason codes;
 *   <li>{@code POST /api/disputes/{id}/status} with {@code {"status", "note", "actor"}}: resolve or
 *       reject; the repository audits the change with the actor and the note.
 * </ul>
 * Dates are calendar dates in the business time zone given to the constructor; {@code to} includes
 * its whole day. Refusals are {@link ApiError} JSON: 400 bad input, 404 unknown dispute, 405 wrong
 * method, 409 a dispute already closed, 413 oversized body, 415 body not JSON, 503 ledger down.
 *
 * <p>The {@code actor} is whatever the client says until the back office has authentication; the
 * route trusts it as it trusts the network in front of it, so expose it only to the back office.
 *
 * <p>Blocking: JDBC runs on the named worker pool {@value #WORKER_POOL} via
 * {@code WorkerExecutor.executeBlocking}, never on the event loop.
 */
public final class DisputeRoutes implements RouteGroup {
    /** The worker pool for back-office ledger calls, kept apart so a slow report cannot stall other blocking work. */
    public static final String WORKER_POOL = "ledgerline-back-office";

    /** Workers by default: at most this many back-office queries hold ledger connections at once. */
    public static final int DEFAULT_WORKERS = 4;

    /** The largest request body read; a status change is a few hundred bytes at most. */
    public static final int MAX_BODY_BYTES = RequestLimits.MAX_BODY_BYTES;

    private final DisputeRepository disputes;
    private final DisputeRequestParser requests;
    private final StatusChangeParser statusChanges = new StatusChangeParser();
    private final int workers;

    /** Routes over {@code disputes}, reading dates in {@code businessZone}, on {@link #DEFAULT_WORKERS} workers. */
    public DisputeRoutes(DisputeRepository disputes, ZoneId businessZone) {
        this(disputes, businessZone, DEFAULT_WORKERS);
    }

    public DisputeRoutes(DisputeRepository disputes, ZoneId businessZone, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.disputes = Objects.requireNonNull(disputes, "disputes");
        this.requests = new DisputeRequestParser(Objects.requireNonNull(businessZone, "businessZone"));
        this.workers = workers;
    }

    @Override
    public void mount(Vertx vertx, Router router) {
        LedgerResponder ledger = new LedgerResponder(vertx.createSharedWorkerExecutor(WORKER_POOL, workers));

        // "report" is registered before "{id}" so that it is not read as an id.
        only(router, HttpMethod.GET, "/api/disputes/report", ctx -> report(ctx, ledger));
        only(router, HttpMethod.GET, "/api/disputes", ctx -> search(ctx, ledger));
        only(router, HttpMethod.GET, "/api/disputes/:id", ctx -> findOne(ctx, ledger));
        only(router, HttpMethod.GET, "/api/dispute-reasons",
                ctx -> ledger.respond(ctx, disputes::findReasons, DisputeJson::reasons));
        router.post("/api/disputes/:id/status").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        only(router, HttpMethod.POST, "/api/disputes/:id/status", ctx -> changeStatus(ctx, ledger));

        router.route("/api/*").failureHandler(DisputeRoutes::failed);
    }

    private void search(RoutingContext ctx, LedgerResponder ledger) {
        DisputeQuery query = requests.searchQuery(ctx.queryParams());
        ledger.respond(ctx, () -> {
            if (query.reasonCode() != null) {
                DisputeRequestParser.requireActiveReason(query.reasonCode(), disputes.findReasons());
            }
            return disputes.search(query);
        }, DisputeJson::page);
    }

    private void findOne(RoutingContext ctx, LedgerResponder ledger) {
        long id = requests.disputeId(ctx.pathParam("id"));
        ledger.respond(ctx, () -> disputes.findById(id).orElseThrow(() -> new NoSuchDisputeException(id)),
                DisputeJson::dispute);
    }

    private void report(RoutingContext ctx, LedgerResponder ledger) {
        ReportPeriod period = requests.reportPeriod(ctx.queryParams());
        ledger.respond(ctx, () -> disputes.reportByReason(period.start(), period.end()),
                totals -> DisputeJson.report(period, totals));
    }

    private void changeStatus(RoutingContext ctx, LedgerResponder ledger) {
        long id = requests.disputeId(ctx.pathParam("id"));
        StatusChangeRequest change = statusChanges.parse(ctx.request().getHeader("content-type"), ctx.body().buffer());
        ledger.respond(ctx, () -> disputes.changeStatus(id, change.status(), change.note(), change.actor()),
                DisputeJson::dispute);
    }

    /**
     * Mounts {@code handler} for {@code method} on {@code path}, and a 405 for every other method
     * there, so a wrong method gets a JSON answer that names the right one.
     */
    private static void only(Router router, HttpMethod method, String path, Handler<RoutingContext> handler) {
        router.route(method, path).handler(handler);
        router.route(path).handler(ctx -> {
            ctx.response().putHeader("Allow", method.name());
            LedgerResponder.send(ctx, 405, new ApiError(405, ctx.request().method() + " is not allowed here; use "
                    + method.name(), null).toJson());
        });
    }

    /** Handler exceptions (bad input thrown while parsing) and failures such as BodyHandler's 413. */
    private static void failed(RoutingContext ctx) {
        if (ctx.failure() != null) {
            LedgerResponder.fail(ctx, ctx.failure());
        } else if (ctx.statusCode() == 413) {
            LedgerResponder.send(ctx, 413, new ApiError(413,
                    "the body is larger than " + MAX_BODY_BYTES + " bytes", null).toJson());
        } else {
            int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
            LedgerResponder.send(ctx, status, new ApiError(status, "the request could not be handled", null).toJson());
        }
    }
}
