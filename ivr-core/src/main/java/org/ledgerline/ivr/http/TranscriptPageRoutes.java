package org.ledgerline.ivr.http;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.search.CallListens;
import org.ledgerline.ivr.search.CallNotPermittedException;
import org.ledgerline.ivr.search.Listen;
import org.ledgerline.ivr.search.TranscriptReader;
import org.ledgerline.ivr.search.view.ReconciliationView;
import org.ledgerline.ivr.search.view.SearchResults;
import org.ledgerline.ivr.search.view.TranscriptLinks;
import org.ledgerline.ivr.search.view.TranscriptView;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.reconciliation.PromiseReconciliation;
import org.ledgerline.storage.reconciliation.ReconciliationReport;
import org.ledgerline.storage.search.SegmentPage;
import org.ledgerline.storage.search.SegmentQuery;
import org.ledgerline.storage.search.TranscriptDetail;
import org.ledgerline.storage.search.TranscriptSearch;
import org.ledgerline.storage.user.Role;

/**
 * The auditor's pages (issue 10 item 9), server-rendered like the disputes desk:
 * <ul>
 *   <li>{@code GET /transcripts}: the search page, the API's parameters and rules ({@link
 *       TranscriptSearchRequests}); a refused filter is the page again with the reason (400);
 *   <li>{@code GET /transcripts/{id}?segment=&leg=}: one transcript beside its player, which starts at
 *       the segment; the call's ledger facts; who listened (auditors);
 *   <li>{@code GET /transcripts/calls/{callId}?segment=}: the transcript of a {@code calls} row (the
 *       report's links), answered 303 to the transcript page;
 *   <li>{@code GET /transcripts/reconciliation?from=&to=&collector=}: spoken promises against the ledger
 *       (auditors), the API's parameters ({@link ReconciliationRequest}), the last 30 days by default.
 * </ul>
 * Who may see which call is {@link TranscriptReader}'s decision (the API's, never a second rule), and
 * it audits every search and read; the report audits the customers it shows as the API does.
 */
public final class TranscriptPageRoutes implements RouteGroup {
    private static final PageProblems PROBLEMS = new PageProblems(TranscriptPageRoutes.class, "Transcript page",
            TranscriptLinks.SEARCH, "Back to the transcript search");
    /** The report's period when none is asked for: the last 30 days. */
    static final int DEFAULT_REPORT_DAYS = 30;

    private final TranscriptReader reader;
    private final TranscriptSearch transcripts;
    private final CallListens listens;
    private final PromiseReconciliation reconciliation;
    private final CustomerDataReads reads;
    private final TranscriptSearchRequests requests;
    private final ZoneId zone;
    private final Clock clock;

    public TranscriptPageRoutes(TranscriptReader reader, TranscriptSearch transcripts, CallListens listens,
            PromiseReconciliation reconciliation, CustomerDataReads reads, ZoneId zone, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.transcripts = Objects.requireNonNull(transcripts, "transcripts");
        this.listens = Objects.requireNonNull(listens, "listens");
        this.reconciliation = Objects.requireNonNull(reconciliation, "reconciliation");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requests = new TranscriptSearchRequests(zone);
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        WorkerExecutor workers = vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL,
                DisputeRoutes.DEFAULT_WORKERS);
        Access readers = TranscriptSearchRoutes.READERS;
        Access auditors = TranscriptSearchRoutes.AUDITORS;
        routes.pages().addNavigation(new PageRenderer.NavEntry("Transcripts", TranscriptLinks.SEARCH,
                readers.roles()));
        routes.pages().addNavigation(new PageRenderer.NavEntry("Promise check", TranscriptLinks.RECONCILIATION,
                auditors.roles()));
        // The fixed paths come before "/transcripts/:id", which would otherwise take them for ids.
        routes.get(TranscriptLinks.SEARCH, readers, ctx -> search(ctx, workers));
        routes.get(TranscriptLinks.RECONCILIATION, auditors, ctx -> report(ctx, workers));
        routes.get("/transcripts/calls/:callId", readers, ctx -> ofCall(ctx, workers));
        routes.get("/transcripts/:id", readers, ctx -> transcript(ctx, workers));
    }

    private void search(RoutingContext ctx, WorkerExecutor workers) {
        MultiMap params = ctx.queryParams();
        Map<String, Object> model = searchModel(params);
        SegmentQuery query;
        try {
            query = requests.query(params);
        } catch (RejectedRequestException bad) {
            model.put("error", bad.apiError().error());
            pages(ctx).renderPage(ctx, 400, "transcripts", model);
            return;
        }
        boolean searched = !params.isEmpty();
        if (!searched) {
            PageRenderer.render(ctx, "transcripts", model);
            return;
        }
        SignedInUser user = Access.user(ctx);
        work(ctx, workers, () -> {
            SegmentPage page = reader.search(user, query);
            model.put("results", SearchResults.of(page, zone,
                    page.page() > 1 ? pageLink(params, page.page() - 1) : null,
                    page.hasMore() && page.page() < TranscriptSearchRequests.MAX_PAGE
                            ? pageLink(params, page.page() + 1)
                            : null));
            return model;
        }, done -> PageRenderer.render(ctx, "transcripts", done));
    }

    private Map<String, Object> searchModel(MultiMap params) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Transcripts");
        Map<String, String> form = new HashMap<>();
        for (String name : List.of("q", "collector", "account", "customer", "from", "to", "direction",
                "disposition", "speaker", "promise")) {
            form.put(name, Objects.requireNonNullElse(params.get(name), ""));
        }
        model.put("form", form);
        model.put("dispositions", java.util.Arrays.stream(AttemptDisposition.values()).map(Enum::name).toList());
        model.put("zone", zone.getId());
        return model;
    }

    private static String pageLink(MultiMap params, int page) {
        StringBuilder link = new StringBuilder(TranscriptLinks.SEARCH);
        char separator = '?';
        for (String name : params.names()) {
            if (!name.equals("page") && !params.get(name).isEmpty()) {
                link.append(separator).append(name).append('=').append(encode(params.get(name)));
                separator = '&';
            }
        }
        return link.append(separator).append("page=").append(page).toString();
    }

    private void transcript(RoutingContext ctx, WorkerExecutor workers) {
        long id = positive(ctx.pathParam("id"));
        if (id < 0) {
            PROBLEMS.show(ctx, 404, "No such transcript", "There is no transcript with that number.");
            return;
        }
        MultiMap params = ctx.queryParams();
        String leg = Objects.requireNonNullElse(params.get("leg"), "mix");
        String rawSegment = params.get("segment");
        long segment = rawSegment == null || rawSegment.isEmpty() ? 0 : positive(rawSegment);
        if (!TranscriptView.LEGS.contains(leg) || segment < 0 || params.getAll("leg").size() > 1
                || params.getAll("segment").size() > 1
                || !params.names().stream().allMatch(name -> name.equals("leg") || name.equals("segment"))) {
            PROBLEMS.show(ctx, 400, "That transcript view cannot be shown",
                    "Open a transcript with segment (a segment number) and leg (mix, collector or customer) only.");
            return;
        }
        SignedInUser user = Access.user(ctx);
        work(ctx, workers, () -> {
            TranscriptDetail detail = reader.transcript(user, id).orElseThrow(NoSuchTranscript::new);
            List<Listen> played = null;
            if (user.has(Role.AUDITOR)) {
                Long collectorCall = detail.call().collectorCallId();
                Long recording = detail.call().recordingId();
                played = collectorCall != null
                        ? listens.ofCollectorCall(collectorCall)
                        : recording != null ? listens.ofRecording(recording) : List.of();
            }
            TranscriptView view = TranscriptView.of(detail, segment == 0 ? null : segment, leg, played, zone);
            Map<String, Object> model = new HashMap<>();
            model.put("title", "Transcript " + id);
            model.put("t", view);
            return model;
        }, model -> PageRenderer.render(ctx, "transcript", model));
    }

    private void ofCall(RoutingContext ctx, WorkerExecutor workers) {
        String callId = ctx.pathParam("callId");
        String segment = ctx.queryParams().get("segment");
        if (callId == null || !callId.matches("[A-Za-z0-9._:@-]{1,128}")
                || (segment != null && positive(segment) < 0)) {
            PROBLEMS.show(ctx, 404, "No such call", "There is no transcribed call with that reference.");
            return;
        }
        work(ctx, workers, () -> transcripts.transcriptOfCall(callId).orElseThrow(NoSuchTranscript::new),
                transcriptId -> ctx.response().setStatusCode(303).putHeader("Location", "/transcripts/"
                        + transcriptId + (segment == null ? "" : "?segment=" + segment)).end());
    }

    private void report(RoutingContext ctx, WorkerExecutor workers) {
        MultiMap params = MultiMap.caseInsensitiveMultiMap().addAll(ctx.queryParams());
        if (params.getAll("from").stream().allMatch(String::isEmpty) && params.getAll("to").stream()
                .allMatch(String::isEmpty) && params.getAll("from").size() <= 1 && params.getAll("to").size() <= 1) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            params.set("from", today.minusDays(DEFAULT_REPORT_DAYS - 1L).toString());
            params.set("to", today.toString());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Spoken promises against the ledger");
        model.put("from", params.get("from"));
        model.put("to", params.get("to"));
        model.put("collector", Objects.requireNonNullElse(params.get("collector"), ""));
        model.put("zone", zone.getId());
        ReconciliationRequest request;
        try {
            request = ReconciliationRequest.parse(params, zone);
        } catch (RejectedRequestException bad) {
            model.put("error", bad.apiError().error());
            pages(ctx).renderPage(ctx, 400, "transcripts-reconciliation", model);
            return;
        }
        String actor = Access.user(ctx).username();
        String uri = "GET " + ctx.request().uri();
        work(ctx, workers, () -> {
            ReconciliationReport report = reconciliation.reconcile(request.query());
            reads.reconciliationShown(actor, report.calls(), uri);
            model.put("report", ReconciliationView.of(report, zone));
            return model;
        }, done -> PageRenderer.render(ctx, "transcripts-reconciliation", done));
    }

    /** No transcript with that id, or no transcribed call with that reference. */
    private static final class NoSuchTranscript extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchTranscript() {
            super("no such transcript", null, false, false);
        }
    }

    private static long positive(@Nullable String raw) {
        return raw != null && raw.matches("[0-9]{1,18}") && Long.parseLong(raw) > 0 ? Long.parseLong(raw) : -1;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
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
            case NoSuchTranscript missing ->
                PROBLEMS.show(ctx, 404, "No such transcript", "There is no transcript for that call or number.");
            case CallNotPermittedException refused ->
                PROBLEMS.show(ctx, 403, "Not one of your calls", "You may not read this call's transcript.");
            default -> PROBLEMS.failed(ctx, failure);
        }
    }

    private static PageRenderer pages(RoutingContext ctx) {
        return ctx.get(PageRenderer.KEY);
    }
}
