package org.ledgerline.ivr.http;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.collector.desk.AccountPage;
import org.ledgerline.ivr.collector.desk.CollectorDesk;
import org.ledgerline.ivr.collector.desk.DeskForms;
import org.ledgerline.ivr.collector.desk.DeskRefusedException;
import org.ledgerline.ivr.collector.desk.Worklist;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.user.Role;

/**
 * The collector's desk, the collector's pages (credit managers and auditors read accounts):
 * <ul>
 *   <li>{@code GET /desk}: the signed-in collector's worklist in priority order, each account marked
 *       callable now or not (why, and when next);
 *   <li>{@code GET /desk/accounts/{accountId}}: one account (invoices, promises, disputes, flags, past
 *       calls with their recordings), the Call button and the forms for the collector who works it;
 *       read-only for credit managers and auditors; audited as a read of the customer's data;
 *   <li>{@code POST /desk/accounts/{accountId}/promises}, {@code .../disputes}, {@code .../flags}
 *       (forms with {@code _csrf}): collectors on their own accounts only; answered 303 back to the
 *       account, or the account page again with the reason (4xx) when a value is refused.
 * </ul>
 * The Call button's script ({@code assets/collector-desk.js}) uses {@code POST /api/calls} and
 * {@code GET /api/calls/{callId}} ({@link CallRoutes}). Another collector's account is the 403 page.
 */
public final class CollectorDeskRoutes implements RouteGroup {
    private static final PageProblems PROBLEMS = new PageProblems(CollectorDeskRoutes.class, "Collector's desk",
            "/desk", "Back to my worklist");
    static final Access COLLECTORS = Access.roles(Role.COLLECTOR);
    static final Access READERS = Access.roles(Role.COLLECTOR, Role.CREDIT_MANAGER, Role.AUDITOR);
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern REFERENCE = Pattern.compile("[0-9]{1,20}");

    private final CollectorDesk desk;
    private final AuditLog audit;

    public CollectorDeskRoutes(CollectorDesk desk, AuditLog audit) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        WorkerExecutor workers = vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL,
                DisputeRoutes.DEFAULT_WORKERS);
        routes.pages().addNavigation(new PageRenderer.NavEntry("My worklist", "/desk", COLLECTORS.roles()));
        routes.get("/desk", COLLECTORS, ctx -> worklist(ctx, workers));
        routes.get("/desk/accounts/:accountId", READERS, ctx -> account(ctx, workers));
        routes.post("/desk/accounts/:accountId/promises", COLLECTORS, ctx -> promise(ctx, workers));
        routes.post("/desk/accounts/:accountId/disputes", COLLECTORS, ctx -> dispute(ctx, workers));
        routes.post("/desk/accounts/:accountId/flags", COLLECTORS, ctx -> flag(ctx, workers));
    }

    private void worklist(RoutingContext ctx, WorkerExecutor workers) {
        SignedInUser user = Access.user(ctx);
        work(ctx, workers, () -> desk.worklist(user), list -> {
            Map<String, Object> model = new HashMap<>();
            model.put("title", "My worklist");
            model.put("worklist", list);
            model.put("scale", Worklist.DAYS_SCALE);
            PageRenderer.render(ctx, "collector-worklist", model);
        });
    }

    private void account(RoutingContext ctx, WorkerExecutor workers) {
        long accountId = accountId(ctx);
        if (accountId < 0) {
            return;
        }
        SignedInUser user = Access.user(ctx);
        String recorded = ctx.queryParams().get("recorded");
        String notice = recorded != null && REFERENCE.matcher(recorded).matches()
                ? "Recorded, reference " + recorded + "."
                : "flag".equals(recorded) ? "Flag set." : null;
        work(ctx, workers, () -> read(user, accountId, "GET " + ctx.request().path()),
                page -> render(ctx, 200, page, page.formKey(), notice, null, MultiMap.caseInsensitiveMultiMap()));
    }

    private AccountPage read(SignedInUser user, long accountId, String request) {
        AccountPage page = desk.account(user, accountId);
        audit.append(user.username(), CustomerDataReads.ACTION, CustomerDataReads.SUBJECT,
                Long.toString(page.customerId()), null, "collector's desk account " + page.accountNumber()
                        + " via " + request);
        return page;
    }

    private void promise(RoutingContext ctx, WorkerExecutor workers) {
        MultiMap form = ctx.request().formAttributes();
        submit(ctx, workers, form, (user, accountId) -> desk.recordPromise(user, accountId,
                new DeskForms.PromiseForm(value(form, "amount"), value(form, "promisedFor"), value(form, "callId"),
                        value(form, "formKey")))
                .referenceNumber(), "#promises");
    }

    private void dispute(RoutingContext ctx, WorkerExecutor workers) {
        MultiMap form = ctx.request().formAttributes();
        submit(ctx, workers, form, (user, accountId) -> desk.openDispute(user, accountId,
                new DeskForms.DisputeForm(value(form, "invoiceId"), value(form, "reasonCode"),
                        value(form, "description"), value(form, "callId"), value(form, "formKey")))
                .referenceNumber(), "#disputes");
    }

    private void flag(RoutingContext ctx, WorkerExecutor workers) {
        MultiMap form = ctx.request().formAttributes();
        submit(ctx, workers, form, (user, accountId) -> {
            desk.setFlag(user, accountId, new DeskForms.FlagForm(value(form, "type"), value(form, "phoneNumber"),
                    value(form, "note")));
            return "flag";
        }, "#flags");
    }

    /** What a form does; returns what the page says was recorded (a reference, or "flag"). */
    private interface FormAction {
        String apply(SignedInUser user, long accountId);
    }

    /** Runs a form and answers 303 to the account, or the account page with the refusal. */
    private void submit(RoutingContext ctx, WorkerExecutor workers, MultiMap form, FormAction action,
            String anchor) {
        long accountId = accountId(ctx);
        if (accountId < 0) {
            return;
        }
        SignedInUser user = Access.user(ctx);
        workers.executeBlocking(() -> action.apply(user, accountId), false).onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().setStatusCode(303).putHeader("Cache-Control", "no-store")
                        .putHeader("Location", "/desk/accounts/" + accountId + "?recorded=" + result.result() + anchor)
                        .end();
            } else if (result.cause() instanceof DeskRefusedException refused && !refused.form().isEmpty()) {
                String key = value(form, "formKey");
                work(ctx, workers, () -> read(user, accountId, "POST " + ctx.request().path()),
                        page -> render(ctx, refused.status(), page, key.isBlank() ? page.formKey() : key, null,
                                refused, form));
            } else {
                failed(ctx, result.cause());
            }
        });
    }

    private static void render(RoutingContext ctx, int status, AccountPage page, String formKey,
            @Nullable String notice, @Nullable DeskRefusedException refused, MultiMap typed) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Account " + page.accountNumber());
        model.put("a", page);
        model.put("formKey", formKey);
        model.put("notice", notice);
        model.put("errorForm", refused == null ? "" : refused.form());
        model.put("error", refused == null ? null : refused.getMessage());
        Map<String, String> values = new HashMap<>();
        for (String name : new String[] {"amount", "promisedFor", "callId", "invoiceId", "reasonCode",
                "description", "type", "phoneNumber", "note"}) {
            values.put(name, value(typed, name));
        }
        model.put("typed", values);
        pages(ctx).renderPage(ctx, status, "collector-account", model);
    }

    private static String value(MultiMap form, String name) {
        String value = form.get(name);
        return value == null ? "" : value;
    }

    /** The account id in the path, or -1 after answering 404 for anything that is not one. */
    private static long accountId(RoutingContext ctx) {
        String raw = ctx.pathParam("accountId");
        if (raw == null || !ID.matcher(raw).matches()) {
            PROBLEMS.show(ctx, 404, "No such account", "There is no account with that id.");
            return -1;
        }
        return Long.parseLong(raw);
    }

    private static <T> void work(RoutingContext ctx, WorkerExecutor workers, Callable<T> job, Consumer<T> answer) {
        workers.executeBlocking(job, false).onComplete(result -> {
            if (result.succeeded()) {
                answer.accept(result.result());
            } else {
                failed(ctx, result.cause());
            }
        });
    }

    private static void failed(RoutingContext ctx, Throwable failure) {
        switch (failure) {
            case DeskRefusedException refused when refused.status() == 403 -> Refusals.forbidden(ctx,
                    Objects.requireNonNullElse(refused.getMessage(), "not your account"));
            case DeskRefusedException refused -> PROBLEMS.show(ctx, refused.status(),
                    refused.status() == 404 ? "No such account" : "That cannot be done",
                    Objects.requireNonNullElse(refused.getMessage(), ""));
            default -> PROBLEMS.failed(ctx, failure);
        }
    }

    private static PageRenderer pages(RoutingContext ctx) {
        return ctx.get(PageRenderer.KEY);
    }
}
