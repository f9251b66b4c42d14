package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Objects;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.mail.MailOutbox;
import org.ledgerline.storage.mail.OutboxMessage;
import org.ledgerline.storage.mail.OutboxStatus;
import org.ledgerline.storage.user.Role;

/**
 * The mail outbox in the back office: {@code GET /api/outbox?status=failing} lists the emails that
 * keep failing (given up on, or still being retried after a failed attempt), oldest first, with
 * recipient, subject, attempts, the last error (as the SMTP adapter worded it, passwords masked)
 * and the next attempt ({@code null} once given up). For admins and credit managers, who follow up
 * escalations that never reached their inbox. Each read is audited ({@value #AUDIT_ACTION}).
 */
public final class OutboxRoutes implements RouteGroup {
    /** Audit action of a read of the failing list. */
    public static final String AUDIT_ACTION = "MAIL_OUTBOX_READ";
    static final Access READERS = Access.roles(Role.ADMIN, Role.CREDIT_MANAGER);
    private static final String FAILING = "failing";

    private final MailOutbox outbox;
    private final AuditLog audit;

    public OutboxRoutes(MailOutbox outbox, AuditLog audit) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        LedgerResponder ledger = new LedgerResponder(
                vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL, DisputeRoutes.DEFAULT_WORKERS));
        routes.get("/api/outbox", READERS, ctx -> failing(ctx, ledger));
    }

    private void failing(RoutingContext ctx, LedgerResponder ledger) {
        List<String> status = ctx.queryParam("status");
        if (status.size() != 1 || !FAILING.equals(status.getFirst())) {
            LedgerResponder.send(ctx, 400, ApiError.badRequest("status",
                    "status must be 'failing' (the only list the outbox offers)").toJson());
            return;
        }
        String actor = Access.user(ctx).username();
        ledger.respond(ctx, () -> {
            List<OutboxMessage> failing = outbox.findFailing();
            audit.append(actor, AUDIT_ACTION, "mail_outbox", FAILING, null, failing.size() + " failing emails listed");
            return failing;
        }, OutboxRoutes::json);
    }

    private static JsonObject json(List<OutboxMessage> messages) {
        JsonArray items = new JsonArray();
        for (OutboxMessage message : messages) {
            items.add(new JsonObject()
                    .put("id", message.id())
                    .put("status", message.status().name())
                    .put("recipient", message.recipient())
                    .put("subject", message.subject())
                    .put("attempts", message.attempts())
                    .put("lastError", message.lastError())
                    .put("nextAttemptAt",
                            message.status() == OutboxStatus.FAILING ? null : message.nextAttemptAt().toString())
                    .put("createdAt", message.createdAt().toString()));
        }
        return new JsonObject().put("messages", items);
    }
}
