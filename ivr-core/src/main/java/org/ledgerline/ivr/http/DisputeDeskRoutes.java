package org.ledgerline.ivr.http;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.dispute.desk.DisputeDesk;
import org.ledgerline.ivr.dispute.desk.DisputeDetail;
import org.ledgerline.ivr.dispute.desk.ReasonChart;
import org.ledgerline.ivr.dispute.desk.ReasonReport;
import org.ledgerline.ivr.dispute.desk.ReasonReportCsv;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.dispute.DisputePage;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeTransitionException;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.NoSuchDisputeException;
import org.ledgerline.storage.user.Role;

/**
 * The disputes desk, the credit manager's page (auditors read it too):
 * <ul>
 *   <li>{@code GET /disputes?reason=&status=&customerId=&from=&to=&limit=&offset=}: the list, filters
 *       and page in the URL (the API's parameters and rules);
 *   <li>{@code GET /disputes/{id}}: one dispute with its recording and history;
 *   <li>{@code POST /disputes/{id}/close} ({@code outcome}, {@code note}, {@code _csrf}): resolve or
 *       reject, credit managers only, the actor being the signed-in user; answered 303 to the dispute;
 *   <li>{@code GET /disputes/by-reason?from=&to=} and {@code .csv}: the report (last 30 days by default);
 *   <li>{@code GET /recordings/{id}}: the recording player's source ({@link RecordingPlaybackHandler}).
 * </ul>
 * Bad input is a 400 page that says why (never a 500); an unknown dispute a 404 page; every value
 * reaches the page through {@code th:text}. Who was shown which customer's disputes is audited
 * ({@link CustomerDataReads}). Ledger work runs on the back-office worker pool.
 */
public final class DisputeDeskRoutes implements RouteGroup {
    private static final PageProblems PROBLEMS = new PageProblems(DisputeDeskRoutes.class, "Disputes desk",
            "/disputes", "Back to all disputes");
    /** The longest note kept with an outcome; a note is a sentence or two, not a document. */
    static final int MAX_NOTE_LENGTH = 1000;
    /** The report's period when none is asked for: the last 30 days. */
    static final int DEFAULT_REPORT_DAYS = 30;
    private static final Set<String> REPORT_PARAMETERS = Set.of("from", "to");

    private final DisputeDesk desk;
    private final RecordingPlayback playback;
    private final CustomerDataReads reads;
    private final DisputeRequestParser requests;
    private final Clock clock;
    private final ZoneId zone;

    public DisputeDeskRoutes(DisputeDesk desk, RecordingPlayback playback, CustomerDataReads reads,
            ZoneId zone, Clock clock) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.playback = Objects.requireNonNull(playback, "playback");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.requests = new DisputeRequestParser(zone);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        WorkerExecutor workers = vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL,
                DisputeRoutes.DEFAULT_WORKERS);
        Access readers = Access.roles(Role.CREDIT_MANAGER, Role.AUDITOR);
        routes.pages().addNavigation(new PageRenderer.NavEntry("Disputes", "/disputes", readers.roles()));
        // The report's paths come before "/disputes/:id", which would otherwise take them for ids.
        routes.get("/disputes", readers, ctx -> list(ctx, workers));
        routes.get("/disputes/by-reason", readers, ctx -> report(ctx, workers));
        routes.get("/disputes/by-reason.csv", readers, ctx -> csv(ctx, workers));
        routes.get("/disputes/:id", readers, ctx -> detail(ctx, workers));
        routes.post("/disputes/:id/close", Access.roles(Role.CREDIT_MANAGER), ctx -> close(ctx, workers));
        routes.get("/recordings/:id", readers,
                new RecordingPlaybackHandler(playback, workers));
    }

    private void list(RoutingContext ctx, WorkerExecutor workers) {
        DisputeQuery query;
        try {
            query = requests.searchQuery(ctx.queryParams());
        } catch (RejectedRequestException bad) {
            PROBLEMS.show(ctx, 400, "Those filters cannot be used", bad.apiError().error());
            return;
        }
        String reader = Access.user(ctx).username();
        DeskLinks.Filters filters = DeskLinks.Filters.of(ctx.queryParams());
        work(ctx, workers, () -> {
            if (query.reasonCode() != null) {
                DisputeRequestParser.requireActiveReason(query.reasonCode(), desk.reasons());
            }
            DisputePage page = desk.search(query);
            reads.disputesShown(reader, page.items(), "GET /disputes");
            Map<String, Object> model = new HashMap<>();
            model.put("title", "Disputes");
            model.put("list", desk.present(page));
            model.put("reasons", desk.reasons());
            model.put("statuses", Arrays.stream(DisputeStatus.values()).map(Enum::name).toList());
            model.put("filters", filters);
            model.put("zone", zone.getId());
            model.put("previousUrl", page.offset() == 0
                    ? null
                    : DeskLinks.disputes(filters, Math.max(0, page.offset() - page.limit())));
            model.put("nextUrl", page.hasMore() ? DeskLinks.disputes(filters, page.offset() + page.limit()) : null);
            return model;
        }, model -> PageRenderer.render(ctx, "disputes", model));
    }

    private void detail(RoutingContext ctx, WorkerExecutor workers) {
        long id = disputeId(ctx);
        if (id < 0) {
            return;
        }
        SignedInUser user = Access.user(ctx);
        work(ctx, workers, () -> {
            DisputeView dispute = desk.find(id).orElseThrow(() -> new NoSuchDisputeException(id));
            reads.disputesShown(user.username(), List.of(dispute), "GET /disputes/" + id);
            return detailModel(user, desk.present(dispute), null, "");
        }, model -> PageRenderer.render(ctx, "dispute", model));
    }

    private void close(RoutingContext ctx, WorkerExecutor workers) {
        long id = disputeId(ctx);
        if (id < 0) {
            return;
        }
        SignedInUser user = Access.user(ctx);
        MultiMap form = ctx.request().formAttributes();
        String outcome = form.get("outcome");
        String note = form.get("note") == null ? "" : form.get("note").strip();
        String refusal = outcome == null || !(outcome.equals("RESOLVED") || outcome.equals("REJECTED"))
                ? "Choose Resolve or Reject."
                : note.isEmpty()
                        ? "Write a note saying why; it stays in the dispute's history."
                        : note.length() > MAX_NOTE_LENGTH
                                ? "Keep the note under " + MAX_NOTE_LENGTH + " characters."
                                : null;
        if (refusal != null) {
            String kept = note.length() > MAX_NOTE_LENGTH ? note.substring(0, MAX_NOTE_LENGTH) : note;
            work(ctx, workers, () -> detailModel(user, desk.present(desk.find(id)
                    .orElseThrow(() -> new NoSuchDisputeException(id))), refusal, kept),
                    model -> pages(ctx).renderPage(ctx, 400, "dispute", model));
            return;
        }
        DisputeStatus target = DisputeStatus.valueOf(outcome);
        workers.executeBlocking(() -> desk.close(id, target, note, user.username()), false).onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().setStatusCode(303).putHeader("Location", "/disputes/" + id).end();
            } else if (result.cause() instanceof DisputeTransitionException refused) {
                work(ctx, workers, () -> detailModel(user, desk.present(desk.find(id).orElseThrow()),
                        "This dispute is already " + refused.from() + "; it cannot become " + refused.to() + ".", ""),
                        model -> pages(ctx).renderPage(ctx, 409, "dispute", model));
            } else {
                failed(ctx, result.cause());
            }
        });
    }

    private void report(RoutingContext ctx, WorkerExecutor workers) {
        ReportDays period = period(ctx);
        if (period == null) {
            return;
        }
        work(ctx, workers, () -> {
            ReasonReport report = desk.report(period.from(), period.to());
            Map<String, Object> model = new HashMap<>();
            model.put("title", "Disputes by reason code");
            model.put("report", report);
            model.put("chart", ReasonChart.svg("Disputes by reason code, " + report.from() + " to " + report.to(),
                    report.bars()));
            model.put("csvUrl", DeskLinks.reportCsv(report.from(), report.to()));
            model.put("presets", DeskLinks.presets(LocalDate.now(clock.withZone(zone))));
            model.put("zone", zone.getId());
            return model;
        }, model -> PageRenderer.render(ctx, "disputes-by-reason", model));
    }

    private void csv(RoutingContext ctx, WorkerExecutor workers) {
        ReportDays period = period(ctx);
        if (period == null) {
            return;
        }
        work(ctx, workers, () -> desk.report(period.from(), period.to()), report -> ctx.response()
                .putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"" + ReasonReportCsv.fileName(report) + "\"")
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(ReasonReportCsv.write(report)));
    }

    private Map<String, Object> detailModel(SignedInUser user, DisputeDetail dispute, @Nullable String error,
            String note) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Dispute " + dispute.referenceNumber());
        model.put("d", dispute);
        model.put("transcript", desk.descriptionTranscript(dispute).orElse(null));
        model.put("canClose", dispute.active() && user.has(Role.CREDIT_MANAGER));
        model.put("error", error);
        model.put("note", note);
        model.put("zone", zone.getId());
        return model;
    }

    /** The report period of the request: both dates, or neither for the last 30 days; null after a 400. */
    private @Nullable ReportDays period(RoutingContext ctx) {
        MultiMap params = ctx.queryParams();
        try {
            if (params.names().stream().allMatch(name -> REPORT_PARAMETERS.contains(name))
                    && isBlank(params.get("from")) && isBlank(params.get("to"))) {
                LocalDate today = LocalDate.now(clock.withZone(zone));
                return new ReportDays(today.minusDays(DEFAULT_REPORT_DAYS - 1L), today);
            }
            ReportPeriod period = requests.reportPeriod(params);
            return new ReportDays(period.from(), period.to());
        } catch (RejectedRequestException bad) {
            PROBLEMS.show(ctx, 400, "That period cannot be shown", bad.apiError().error());
            return null;
        }
    }

    private record ReportDays(LocalDate from, LocalDate to) {}

    /** The dispute id in the path, or -1 after answering 404 for anything that is not one. */
    private long disputeId(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        if (raw == null || !raw.matches("[0-9]{1,18}") || Long.parseLong(raw) == 0) {
            PROBLEMS.show(ctx, 404, "No such dispute", "There is no dispute with that number.");
            return -1;
        }
        return Long.parseLong(raw);
    }

    private <T> void work(RoutingContext ctx, WorkerExecutor workers, Callable<T> job, Consumer<T> answer) {
        workers.executeBlocking(job, false).onComplete(result -> {
            if (result.succeeded()) {
                answer.accept(result.result());
            } else {
                failed(ctx, result.cause());
            }
        });
    }

    private void failed(RoutingContext ctx, Throwable failure) {
        switch (failure) {
            case RejectedRequestException bad ->
                PROBLEMS.show(ctx, 400, "Those filters cannot be used", bad.apiError().error());
            case NoSuchDisputeException missing ->
                PROBLEMS.show(ctx, 404, "No such dispute", "There is no dispute with that number.");
            default -> PROBLEMS.failed(ctx, failure);
        }
    }

    private static PageRenderer pages(RoutingContext ctx) {
        return ctx.get(PageRenderer.KEY);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
