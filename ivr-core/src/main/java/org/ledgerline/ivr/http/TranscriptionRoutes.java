package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.transcription.TranscriptionAvailability;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.transcription.JobStatus;
import org.ledgerline.storage.transcription.TranscriptionJob;
import org.ledgerline.storage.transcription.TranscriptionJobRepository;
import org.ledgerline.storage.user.Role;

/**
 * The transcription queue in the back office: {@code GET /api/transcription/jobs?status=} lists jobs in
 * one state (paged, newest first; parked ones with their last error), {@code GET
 * /api/transcription/summary} counts jobs per state and says whether this node transcribes (for a
 * progress bar), and {@code POST /api/transcription/jobs/{id}/retry} queues a parked job again (admins;
 * audited as {@value #RETRY_ACTION}). Admins and auditors read; nothing here reveals what was said.
 */
public final class TranscriptionRoutes implements RouteGroup {
    /** Audit action: an admin queued a parked job again. */
    public static final String RETRY_ACTION = "TRANSCRIPTION_JOB_RETRIED";
    static final Access READERS = Access.roles(Role.ADMIN, Role.AUDITOR);
    static final Access RETRIERS = Access.roles(Role.ADMIN);
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private static final int PARKED_SHOWN = 50;

    private final TranscriptionJobRepository jobs;
    private final AuditLog audit;
    private final Supplier<TranscriptionAvailability> availability;
    private final ZoneId zone;

    /** {@code zone}: the business time zone the page shows times in. */
    public TranscriptionRoutes(TranscriptionJobRepository jobs, AuditLog audit,
            Supplier<TranscriptionAvailability> availability, ZoneId zone) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.availability = Objects.requireNonNull(availability, "availability");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        LedgerResponder ledger = new LedgerResponder(
                vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL, DisputeRoutes.DEFAULT_WORKERS));
        routes.get("/api/transcription/jobs", READERS, ctx -> list(ctx, ledger));
        routes.get("/api/transcription/summary", READERS, ctx -> summary(ctx, ledger));
        routes.post("/api/transcription/jobs/:id/retry", RETRIERS, ctx -> retry(ctx, ledger));
        routes.pages().addNavigation(new PageRenderer.NavEntry("Transcription", "/transcription", READERS.roles()));
        routes.get("/transcription", READERS, ctx -> page(ctx, null, 200));
        routes.post("/transcription/jobs/:id/retry", RETRIERS, ctx -> retryFromPage(ctx));
    }

    /** The queue page; {@code error} says why a retry from the page was refused. */
    private void page(RoutingContext ctx, @Nullable String error, int status) {
        boolean canRetry = Access.user(ctx).roles().contains(Role.ADMIN);
        ctx.vertx().<TranscriptionQueueView>executeBlocking(() -> TranscriptionQueueView.of(availability.get(),
                jobs.countByStatus(), jobs.list(JobStatus.RUNNING, MAX_LIMIT, 0),
                jobs.list(JobStatus.PARKED, PARKED_SHOWN + 1, 0), PARKED_SHOWN, zone), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        ctx.fail(result.cause());
                        return;
                    }
                    Map<String, Object> model = new HashMap<>();
                    model.put("title", "Transcription");
                    model.put("q", result.result());
                    model.put("canRetry", canRetry);
                    model.put("error", error);
                    PageRenderer pages = ctx.get(PageRenderer.KEY);
                    pages.renderPage(ctx, status, "transcription", model);
                });
    }

    /** The page's Retry button: the API's rule, then back to the page (303) or the page with why not. */
    private void retryFromPage(RoutingContext ctx) {
        String text = ctx.pathParam("id");
        if (text == null || !ID.matcher(text).matches()) {
            page(ctx, "That is not a job number.", 400);
            return;
        }
        long id = Long.parseLong(text);
        String actor = Access.user(ctx).username();
        ctx.vertx().executeBlocking(() -> retryParked(id, actor), false).onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().setStatusCode(303).putHeader("Location", "/transcription").end();
            } else if (result.cause() instanceof RejectedRequestException refused) {
                page(ctx, refused.apiError().error(), refused.apiError().status());
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    private void list(RoutingContext ctx, LedgerResponder ledger) {
        JobStatus status;
        int limit;
        int offset;
        try {
            status = status(single(ctx, "status", JobStatus.PARKED.name()));
            limit = count(single(ctx, "limit", String.valueOf(DEFAULT_LIMIT)), "limit", 1, MAX_LIMIT);
            offset = count(single(ctx, "offset", "0"), "offset", 0, Integer.MAX_VALUE);
        } catch (RejectedRequestException bad) {
            LedgerResponder.send(ctx, 400, bad.apiError().toJson());
            return;
        }
        ledger.respond(ctx, () -> new Page(jobs.list(status, limit, offset), jobs.countByStatus().get(status)),
                page -> page.json(status, limit, offset));
    }

    private void summary(RoutingContext ctx, LedgerResponder ledger) {
        ledger.respond(ctx, jobs::countByStatus, counts -> {
            JsonObject byStatus = new JsonObject();
            long total = 0;
            for (Map.Entry<JobStatus, Long> count : counts.entrySet()) {
                byStatus.put(count.getKey().name(), count.getValue());
                total += count.getValue();
            }
            TranscriptionAvailability node = availability.get();
            return new JsonObject().put("counts", byStatus).put("total", total)
                    .put("donePercent",
                            total == 0 ? 100 : (int) (100 * counts.getOrDefault(JobStatus.DONE, 0L) / total))
                    .put("node", new JsonObject().put("state", node.state().name()).put("message", node.message()));
        });
    }

    private void retry(RoutingContext ctx, LedgerResponder ledger) {
        String text = ctx.pathParam("id");
        if (text == null || !ID.matcher(text).matches()) {
            LedgerResponder.send(ctx, 400, ApiError.badRequest("id", "id must be a positive whole number").toJson());
            return;
        }
        long id = Long.parseLong(text);
        String actor = Access.user(ctx).username();
        ledger.respond(ctx, () -> retryParked(id, actor), TranscriptionRoutes::job);
    }

    /** The retry rule, for the API and the page: only a parked job is queued again, audited. */
    private TranscriptionJob retryParked(long id, String actor) {
        TranscriptionJob job = jobs.findById(id).orElseThrow(
                () -> new RejectedRequestException(ApiError.notFound("id", "No transcription job " + id)));
        if (job.status() != JobStatus.PARKED || !jobs.retryParked(id)) {
            throw new RejectedRequestException(ApiError.conflict("id",
                    "transcription job " + id + " is " + job.status() + "; only a PARKED job is queued again"));
        }
        audit.append(actor, RETRY_ACTION, "transcription_job", String.valueOf(id), null,
                "parked transcription job " + id + " queued again after " + job.attempts() + " attempts");
        return jobs.findById(id).orElse(job);
    }

    private static String single(RoutingContext ctx, String name, String fallback) {
        List<String> values = ctx.queryParam(name);
        if (values.size() > 1) {
            throw new RejectedRequestException(ApiError.badRequest(name, name + " may be given once"));
        }
        return values.isEmpty() ? fallback : values.getFirst();
    }

    private static JobStatus status(String text) {
        try {
            return JobStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RejectedRequestException(
                    ApiError.badRequest("status", "status must be one of QUEUED, RUNNING, DONE, PARKED"));
        }
    }

    private static int count(String text, String name, int min, int max) {
        if (!COUNT.matcher(text).matches() || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw new RejectedRequestException(
                    ApiError.badRequest(name, name + " must be a whole number from " + min + " to " + max));
        }
        return Integer.parseInt(text);
    }

    private record Page(List<TranscriptionJob> jobs, @Nullable Long total) {
        JsonObject json(JobStatus status, int limit, int offset) {
            JsonArray items = new JsonArray();
            jobs.forEach(job -> items.add(job(job)));
            return new JsonObject().put("status", status.name()).put("total", total == null ? 0 : total)
                    .put("limit", limit).put("offset", offset).put("jobs", items);
        }
    }

    static JsonObject job(TranscriptionJob job) {
        return new JsonObject()
                .put("id", job.id())
                .put("collectorCallId", job.collectorCallId())
                .put("recordingId", job.recordingId())
                .put("status", job.status().name())
                .put("attempts", job.attempts())
                .put("progressPercent", job.progressPercent())
                .put("audioMs", job.audioMs())
                .put("lastError", job.lastError())
                .put("notBefore", text(job.status() == JobStatus.QUEUED ? job.notBefore() : null))
                .put("createdAt", text(job.createdAt()))
                .put("updatedAt", text(job.updatedAt()))
                .put("finishedAt", text(job.finishedAt()));
    }

    private static @Nullable String text(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
