package org.ledgerline.ivr.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.dispute.DisputePage;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.NoSuchDisputeException;
import org.ledgerline.storage.user.Role;

/**
 * The back-office dispute API (JSON):
 * <ul>
 *   <li>{@code GET /api/disputes?reason=&status=&customerId=&from=&to=&limit=&offset=}: a page of
 *       disputes, newest first, with the total that match;
 *   <li>{@code GET /api/disputes/{id}}: one dispute;
 *   <li>{@code GET /api/disputes/report?from=&to=}: counts and amounts per reason code and currency
 *       of the disputes opened in the period;
 *   <li>{@code GET /api/dispute-reasons}: the active reason codes;
 *   <li>{@code POST /api/disputes/{id}/status} with {@code {"status", "note"}}: resolve or
 *       reject; the repository audits the change with the signed-in user as actor and the note.
 * </ul>
 * Reads are for credit managers and auditors; only credit managers change a status. Every search
 * result and every single dispute read is written to the audit log ({@link CustomerDataReads}).
 * Dates are calendar dates in the business time zone given to the constructor; {@code to} includes
 * its whole day. Refusals are {@link ApiError} JSON: 400 bad input, 404 unknown dispute, 405 wrong
 * method, 409 a dispute already closed, 413 oversized body (over {@link SecuredRoutes#MAX_BODY_BYTES}), 415 body not JSON, 503 ledger down.
 *
 * <p>Blocking: JDBC runs on the named worker pool {@value #WORKER_POOL} via
 * {@code WorkerExecutor.executeBlocking}, never on the event loop.
 */
public final class DisputeRoutes implements RouteGroup {
    /** The worker pool for back-office ledger calls, kept apart so a slow report cannot stall other blocking work. */
    public static final String WORKER_POOL = "ledgerline-back-office";

    /** Workers by default: at most this many back-office queries hold ledger connections at once. */
    public static final int DEFAULT_WORKERS = 4;

    /** Who may read disputes. */
    static final Access READERS = Access.roles(Role.CREDIT_MANAGER, Role.AUDITOR);
    /** Who may resolve or reject one. */
    static final Access DECIDERS = Access.roles(Role.CREDIT_MANAGER);

    private final DisputeRepository disputes;
    private final CustomerDataReads reads;
    private final DisputeRequestParser requests;
    private final StatusChangeParser statusChanges = new StatusChangeParser();
    private final int workers;

    /**
     * Routes over {@code disputes}, auditing reads to {@code audit}, reading dates in {@code businessZone},
     * on {@link #DEFAULT_WORKERS} workers.
     */
    public DisputeRoutes(DisputeRepository disputes, AuditLog audit, ZoneId businessZone) {
        this(disputes, audit, businessZone, DEFAULT_WORKERS);
    }

    public DisputeRoutes(DisputeRepository disputes, AuditLog audit, ZoneId businessZone, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.disputes = Objects.requireNonNull(disputes, "disputes");
        this.reads = new CustomerDataReads(Objects.requireNonNull(audit, "audit"));
        this.requests = new DisputeRequestParser(Objects.requireNonNull(businessZone, "businessZone"));
        this.workers = workers;
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        LedgerResponder ledger = new LedgerResponder(vertx.createSharedWorkerExecutor(WORKER_POOL, workers));

        // "report" is registered before "{id}" so that it is not read as an id.
        only(routes, HttpMethod.GET, "/api/disputes/report", READERS, ctx -> report(ctx, ledger));
        only(routes, HttpMethod.GET, "/api/disputes", READERS, ctx -> search(ctx, ledger));
        only(routes, HttpMethod.GET, "/api/disputes/:id", READERS, ctx -> findOne(ctx, ledger));
        only(routes, HttpMethod.GET, "/api/dispute-reasons", READERS,
                ctx -> ledger.respond(ctx, disputes::findReasons, DisputeJson::reasons));
        only(routes, HttpMethod.POST, "/api/disputes/:id/status", DECIDERS, ctx -> changeStatus(ctx, ledger));
    }

    private void search(RoutingContext ctx, LedgerResponder ledger) {
        DisputeQuery query = requests.searchQuery(ctx.queryParams());
        String actor = Access.user(ctx).username();
        String request = "GET " + ctx.request().uri();
        ledger.respond(ctx, () -> {
            if (query.reasonCode() != null) {
                DisputeRequestParser.requireActiveReason(query.reasonCode(), disputes.findReasons());
            }
            DisputePage page = disputes.search(query);
            reads.disputesShown(actor, page.items(), request);
            return page;
        }, DisputeJson::page);
    }

    private void findOne(RoutingContext ctx, LedgerResponder ledger) {
        long id = requests.disputeId(ctx.pathParam("id"));
        String actor = Access.user(ctx).username();
        String request = "GET " + ctx.request().path();
        ledger.respond(ctx, () -> {
            DisputeView dispute = disputes.findById(id).orElseThrow(() -> new NoSuchDisputeException(id));
            reads.disputesShown(actor, List.of(dispute), request);
            return dispute;
        }, DisputeJson::dispute);
    }

    private void report(RoutingContext ctx, LedgerResponder ledger) {
        ReportPeriod period = requests.reportPeriod(ctx.queryParams());
        ledger.respond(ctx, () -> disputes.reportByReason(period.start(), period.end()),
                totals -> DisputeJson.report(period, totals));
    }

    private void changeStatus(RoutingContext ctx, LedgerResponder ledger) {
        long id = requests.disputeId(ctx.pathParam("id"));
        StatusChangeRequest change = statusChanges.parse(ctx.request().getHeader("content-type"), ctx.body().buffer());
        String actor = Access.user(ctx).username();
        ledger.respond(ctx, () -> disputes.changeStatus(id, change.status(), change.note(), actor),
                DisputeJson::dispute);
    }

    /**
     * Mounts {@code handler} for {@code method} on {@code path}, and a 405 for every other method
     * there, so a wrong method gets a JSON answer that names the right one.
     */
    private static void only(SecuredRoutes routes, HttpMethod method, String path, Access access,
            Handler<RoutingContext> handler) {
        routes.route(method, path, access, handler);
        routes.anyOtherMethod(path, access, ctx -> {
            ctx.response().putHeader("Allow", method.name());
            LedgerResponder.send(ctx, 405, new ApiError(405, ctx.request().method() + " is not allowed here; use "
                    + method.name(), null).toJson());
        });
    }
}
