package org.ledgerline.ivr.http;

import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;
import java.util.function.Function;
import org.ledgerline.ivr.recording.ByteRange;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.ivr.recording.RecordingUnavailableException;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /recordings/:id}: streams a registered recording to an audio player. The file is the
 * one the ledger registered for the id (the request names only the id), found inside the recordings
 * directory; players seek with {@code Range} requests, answered 206 with {@code Content-Range}, or
 * 416 past the end; every answer says {@code Accept-Ranges: bytes}. Each playback is audited with
 * the listener (from {@code listener}, the signed-in user) and the bytes asked for, before a byte
 * is sent.
 *
 * <p>Refusals are short plain text (a player shows none of it): 404 for an unknown id, a file not on
 * disk or a path the ledger registered outside the directory (which is also logged: it means the
 * ledger was tampered with or misconfigured); 503 when the ledger is down.
 */
public final class RecordingPlaybackHandler implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingPlaybackHandler.class);

    private final RecordingPlayback playback;
    private final WorkerExecutor workers;
    private final Function<RoutingContext, String> listener;

    public RecordingPlaybackHandler(RecordingPlayback playback, WorkerExecutor workers,
            Function<RoutingContext, String> listener) {
        this.playback = Objects.requireNonNull(playback, "playback");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void handle(RoutingContext ctx) {
        String rawId = ctx.pathParam("id");
        if (rawId == null || !rawId.matches("[0-9]{1,18}") || Long.parseLong(rawId) == 0) {
            text(ctx, 404, "No such recording.");
            return;
        }
        long id = Long.parseLong(rawId);
        String range = ctx.request().getHeader("Range");
        String who = listener.apply(ctx);
        workers.executeBlocking(() -> playback.start(id, range, who), false).onComplete(result -> {
            if (result.succeeded()) {
                send(ctx, result.result());
            } else {
                refuse(ctx, id, result.cause());
            }
        });
    }

    static void send(RoutingContext ctx, RecordingPlayback.Playback playback) {
        HttpServerResponse response = ctx.response()
                .putHeader("Accept-Ranges", "bytes")
                .putHeader("Content-Type", playback.mediaType())
                .putHeader("Cache-Control", "private, no-store")
                .putHeader("X-Content-Type-Options", "nosniff");
        String file = playback.file().toString();
        switch (playback.range()) {
            case ByteRange.Whole whole -> response.setStatusCode(200).sendFile(file);
            case ByteRange.Part part -> response.setStatusCode(206)
                    .putHeader("Content-Range", part.contentRange())
                    .sendFile(file, part.first(), part.size());
            case ByteRange.Unsatisfiable none -> response.setStatusCode(416)
                    .putHeader("Content-Range", none.contentRange())
                    .end();
        }
    }

    private static void refuse(RoutingContext ctx, long id, Throwable failure) {
        switch (failure) {
            case RecordingUnavailableException unavailable -> {
                if (unavailable.reason() == RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY) {
                    LOG.warn("Refused to play recording {}: its registered path is outside recordings.dir", id);
                } else if (unavailable.reason() != RecordingUnavailableException.Reason.NOT_REGISTERED) {
                    LOG.warn("Recording {} cannot be played: {}", id, unavailable.getMessage());
                }
                text(ctx, 404, "This recording is not available.");
            }
            case LedgerUnavailableException down -> {
                LOG.warn("Playback of recording {} found the ledger unavailable: {}", id, down.getMessage());
                ctx.response().putHeader("Retry-After", "5");
                text(ctx, 503, "The ledger is unavailable right now; try again shortly.");
            }
            default -> {
                LOG.error("Playback of recording {} failed", id, failure);
                text(ctx, 500, "The recording could not be played; the server log has the details.");
            }
        }
    }

    static void text(RoutingContext ctx, int status, String message) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "text/plain; charset=utf-8")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(message);
    }
}
