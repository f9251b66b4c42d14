package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.Objects;
import org.ledgerline.ivr.recording.CollectorCallPlayback;
import org.ledgerline.ivr.search.CallListens;
import org.ledgerline.ivr.search.CallNotPermittedException;
import org.ledgerline.ivr.search.TranscriptReader;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.search.SegmentQuery;
import org.ledgerline.storage.user.Role;

/**
 * Transcript search, reading and playback (issue 10 items 6-8):
 * <ul>
 *   <li>{@code GET /api/transcripts/search?q=&collector=&account=&customer=&from=&to=&direction=&disposition=&speaker=&promise=&page=}:
 *       ranked segments with highlighted snippets, within the calls the reader may see; audited;
 *   <li>{@code GET /api/transcripts/{id}}: one transcript, its call and the call's ledger facts;
 *       403 for a call the reader may not see; audited;
 *   <li>{@code GET /api/collector-calls/{id}/listens}, {@code GET /api/recordings/{id}/listens}: who
 *       played a call and from where (auditors);
 *   <li>{@code GET /recordings/collector-calls/{collectorCallId}[/{leg}]?at=}: the audio ({@link
 *       CollectorCallPlaybackHandler}).
 * </ul>
 * Auditors, credit managers and collectors may use the reading routes, each limited to their calls
 * in the query itself ({@link org.ledgerline.ivr.search.ReaderScopes}); an admin without one of
 * those roles is refused (403): admins manage, they do not listen.
 */
public final class TranscriptSearchRoutes implements RouteGroup {
    static final Access READERS = Access.roles(Role.AUDITOR, Role.CREDIT_MANAGER, Role.COLLECTOR);
    static final Access AUDITORS = Access.roles(Role.AUDITOR);

    private final TranscriptReader reader;
    private final CallListens listens;
    private final CollectorCallPlayback playback;
    private final TranscriptSearchRequests requests;

    public TranscriptSearchRoutes(TranscriptReader reader, CallListens listens, CollectorCallPlayback playback,
            ZoneId zone) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.listens = Objects.requireNonNull(listens, "listens");
        this.playback = Objects.requireNonNull(playback, "playback");
        this.requests = new TranscriptSearchRequests(zone);
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        WorkerExecutor workers = vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL,
                DisputeRoutes.DEFAULT_WORKERS);
        LedgerResponder ledger = new LedgerResponder(workers);
        // The search path comes before "/api/transcripts/:id", which would otherwise take it for an id.
        routes.get("/api/transcripts/search", READERS, ctx -> search(ctx, ledger));
        routes.get("/api/transcripts/:id", READERS, ctx -> transcript(ctx, ledger));
        routes.get("/api/collector-calls/:id/listens", AUDITORS, ctx -> {
            long id = TranscriptSearchRequests.pathId("id", ctx.pathParam("id"));
            ledger.respond(ctx, () -> listens.ofCollectorCall(id),
                    all -> TranscriptJson.listens("collectorCallId", id, all));
        });
        routes.get("/api/recordings/:id/listens", AUDITORS, ctx -> {
            long id = TranscriptSearchRequests.pathId("id", ctx.pathParam("id"));
            ledger.respond(ctx, () -> listens.ofRecording(id), all -> TranscriptJson.listens("recordingId", id, all));
        });
        CollectorCallPlaybackHandler player = new CollectorCallPlaybackHandler(playback, workers);
        routes.get("/recordings/collector-calls/:collectorCallId", READERS, player);
        routes.get("/recordings/collector-calls/:collectorCallId/:leg", READERS, player);
    }

    private void search(RoutingContext ctx, LedgerResponder ledger) {
        SegmentQuery query;
        try {
            query = requests.query(ctx.queryParams());
        } catch (RejectedRequestException bad) {
            LedgerResponder.fail(ctx, bad);
            return;
        }
        SignedInUser user = Access.user(ctx);
        ledger.respond(ctx, () -> reader.search(user, query), TranscriptJson::page);
    }

    private void transcript(RoutingContext ctx, LedgerResponder ledger) {
        long id;
        try {
            id = TranscriptSearchRequests.pathId("id", ctx.pathParam("id"));
        } catch (RejectedRequestException bad) {
            LedgerResponder.fail(ctx, bad);
            return;
        }
        SignedInUser user = Access.user(ctx);
        ledger.respond(ctx, () -> {
            try {
                return reader.transcript(user, id).orElseThrow(() -> new RejectedRequestException(
                        ApiError.notFound("id", "No transcript with id " + id)));
            } catch (CallNotPermittedException refused) {
                throw new RejectedRequestException(new ApiError(403,
                        Objects.requireNonNullElse(refused.getMessage(), "not your call"), "id"));
            }
        }, TranscriptJson::transcript);
    }
}
