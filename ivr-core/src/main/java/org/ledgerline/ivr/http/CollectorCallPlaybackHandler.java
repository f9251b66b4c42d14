package org.ledgerline.ivr.http;

import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.recording.CollectorCallPlayback;
import org.ledgerline.ivr.recording.PlaybackNotPermittedException;
import org.ledgerline.ivr.recording.RecordingUnavailableException;
import org.ledgerline.ivr.search.ReaderScopes;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /recordings/collector-calls/{collectorCallId}/{leg}} ({@code mix}, {@code collector} or
 * {@code customer}; without a leg the mix) with an optional {@code ?at=12.34}: streams one leg of a
 * collector call to a listener who may hear that call, with byte ranges as {@link
 * RecordingPlaybackHandler} serves them. {@code at} is the offset in seconds the player starts from
 * (the page seeks there with a media fragment or {@code currentTime}); it is what the audit line
 * says the listener started at (see {@link CollectorCallPlayback} for when a request is audited).
 *
 * <p>Refusals are short plain text: 400 for a bad leg or offset, 403 for a call outside the
 * listener's scope, 404 for an unknown call or leg or a file that is not there, 503 when the ledger
 * is down.
 */
public final class CollectorCallPlaybackHandler implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(CollectorCallPlaybackHandler.class);
    /** The longest offset accepted, a day in seconds: no call is longer. */
    private static final double MAX_OFFSET_SECONDS = 86_400;

    private final CollectorCallPlayback playback;
    private final WorkerExecutor workers;

    public CollectorCallPlaybackHandler(CollectorCallPlayback playback, WorkerExecutor workers) {
        this.playback = Objects.requireNonNull(playback, "playback");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    @Override
    public void handle(RoutingContext ctx) {
        String rawId = ctx.pathParam("collectorCallId");
        if (rawId == null || !rawId.matches("[0-9]{1,18}") || Long.parseLong(rawId) == 0) {
            RecordingPlaybackHandler.text(ctx, 404, "No such call.");
            return;
        }
        long id = Long.parseLong(rawId);
        RecordingLeg leg = leg(ctx.pathParam("leg"));
        if (leg == null) {
            RecordingPlaybackHandler.text(ctx, 400, "The leg must be mix, collector or customer.");
            return;
        }
        if (ctx.queryParam("at").size() > 1) {
            RecordingPlaybackHandler.text(ctx, 400, "Give at once.");
            return;
        }
        String rawAt = ctx.queryParams().get("at");
        Double at = rawAt == null || rawAt.isEmpty() ? null : offset(rawAt);
        if (rawAt != null && !rawAt.isEmpty() && at == null) {
            RecordingPlaybackHandler.text(ctx, 400, "at must be seconds from the start, like 12.34.");
            return;
        }
        String range = ctx.request().getHeader("Range");
        SignedInUser who = Access.user(ctx);
        workers.executeBlocking(() -> playback.start(id, leg, at, range, who.username(), ReaderScopes.of(who)), false)
                .onComplete(result -> {
                    if (result.succeeded()) {
                        RecordingPlaybackHandler.send(ctx, result.result());
                    } else {
                        refuse(ctx, id, result.cause());
                    }
                });
    }

    private static @Nullable RecordingLeg leg(@Nullable String raw) {
        if (raw == null) {
            return RecordingLeg.MIX;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "mix" -> RecordingLeg.MIX;
            case "collector" -> RecordingLeg.COLLECTOR;
            case "customer" -> RecordingLeg.CUSTOMER;
            default -> null;
        };
    }

    private static @Nullable Double offset(String raw) {
        if (!raw.matches("[0-9]{1,5}(\\.[0-9]{1,3})?")) {
            return null;
        }
        double seconds = Double.parseDouble(raw);
        return seconds <= MAX_OFFSET_SECONDS ? seconds : null;
    }

    private static void refuse(RoutingContext ctx, long id, Throwable failure) {
        switch (failure) {
            case PlaybackNotPermittedException refused ->
                RecordingPlaybackHandler.text(ctx, 403, "You may not play this call.");
            case RecordingUnavailableException unavailable -> {
                if (unavailable.reason() == RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY) {
                    LOG.warn("Refused to play collector call {}: its registered path is outside recordings.dir", id);
                } else if (unavailable.reason() != RecordingUnavailableException.Reason.NOT_REGISTERED) {
                    LOG.warn("Collector call {} cannot be played: {}", id, unavailable.getMessage());
                }
                RecordingPlaybackHandler.text(ctx, 404, "This recording is not available.");
            }
            case LedgerUnavailableException down -> {
                LOG.warn("Playback of collector call {} found the ledger unavailable: {}", id, down.getMessage());
                ctx.response().putHeader("Retry-After", "5");
                RecordingPlaybackHandler.text(ctx, 503, "The ledger is unavailable right now; try again shortly.");
            }
            default -> {
                LOG.error("Playback of collector call {} failed", id, failure);
                RecordingPlaybackHandler.text(ctx, 500,
                        "The recording could not be played; the server log has the details.");
            }
        }
    }
}
