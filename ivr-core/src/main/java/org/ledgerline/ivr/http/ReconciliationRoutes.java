package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import java.time.ZoneId;
import java.util.Objects;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.reconciliation.PromiseReconciliation;
import org.ledgerline.storage.user.Role;

/**
 * {@code GET /api/transcripts/reconciliation?from=&to=&collector=}: for auditors, the calls of a period
 * where what the customer said and what the ledger holds disagree (a spoken promise with no ledger
 * promise, a ledger promise nobody said, or both with another amount or date), with the calls not yet
 * transcribed listed as pending. Every customer whose calls are shown gets a
 * {@link CustomerDataReads#ACTION} line in the audit log. JDBC runs on the back-office worker pool
 * ({@link DisputeRoutes#WORKER_POOL}), never on the event loop.
 */
public final class ReconciliationRoutes implements RouteGroup {
    static final String PATH = "/api/transcripts/reconciliation";
    /** Who may read the report. */
    static final Access AUDITORS = Access.roles(Role.AUDITOR);

    private final PromiseReconciliation reconciliation;
    private final CustomerDataReads reads;
    private final ZoneId businessZone;

    public ReconciliationRoutes(PromiseReconciliation reconciliation, AuditLog audit, ZoneId businessZone) {
        this.reconciliation = Objects.requireNonNull(reconciliation, "reconciliation");
        this.reads = new CustomerDataReads(Objects.requireNonNull(audit, "audit"));
        this.businessZone = Objects.requireNonNull(businessZone, "businessZone");
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        LedgerResponder ledger = new LedgerResponder(
                vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL, DisputeRoutes.DEFAULT_WORKERS));
        routes.get(PATH, AUDITORS, ctx -> {
            ReconciliationRequest request = ReconciliationRequest.parse(ctx.queryParams(), businessZone);
            String actor = Access.user(ctx).username();
            String uri = "GET " + ctx.request().uri();
            ledger.respond(ctx, () -> {
                var report = reconciliation.reconcile(request.query());
                reads.reconciliationShown(actor, report.calls(), uri);
                return report;
            }, report -> ReconciliationJson.report(request, report));
        });
        routes.anyOtherMethod(PATH, AUDITORS, ctx -> {
            ctx.response().putHeader("Allow", "GET");
            LedgerResponder.send(ctx, 405, new ApiError(405, ctx.request().method() + " is not allowed here; use GET",
                    null).toJson());
        });
    }
}
