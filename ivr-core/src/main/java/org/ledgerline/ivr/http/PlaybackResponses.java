package org.ledgerline.ivr.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.recording.ByteRange;
import org.ledgerline.ivr.recording.PlaybackNotPermittedException;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.ivr.recording.RecordingUnavailableException;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the playback routes ({@link RecordingPlaybackHandler}, {@link CollectorCallPlaybackHandler})
 * answer alike: the id and {@code ?at=} of the request, the file with byte ranges (206 with {@code
 * Content-Range}, 416 past the end, {@code Accept-Ranges: bytes} always), and short plain-text
 * refusals a player shows none of: 400 bad input, 403 outside the listener's calls, 404 unknown or not
 * on disk (a registered path outside the recordings directory is also logged: the ledger was tampered
 * with or misconfigured), 503 when the ledger is down.
 */
final class PlaybackResponses {
    private static final Logger LOG = LoggerFactory.getLogger(PlaybackResponses.class);
    /** The longest offset accepted, a day in seconds: no call is longer. */
    private static final double MAX_OFFSET_SECONDS = 86_400;

    private PlaybackResponses() {}

    /** The positive id in path parameter {@code name}; null (answered 404) when it is not one. */
    static @Nullable Long id(RoutingContext ctx, String name, String unknown) {
        String raw = ctx.pathParam(name);
        if (raw == null || !raw.matches("[0-9]{1,18}") || Long.parseLong(raw) == 0) {
            text(ctx, 404, unknown);
            return null;
        }
        return Long.parseLong(raw);
    }

    /** The offset a playback starts from, {@code ?at=} in seconds. */
    record Offset(boolean valid, @Nullable Double seconds) {}

    /** {@code ?at=}: absent or empty is the start; a bad or repeated value is answered 400 (not valid). */
    static Offset offset(RoutingContext ctx) {
        if (ctx.queryParam("at").size() > 1) {
            text(ctx, 400, "Give at once.");
            return new Offset(false, null);
        }
        String raw = ctx.queryParams().get("at");
        if (raw == null || raw.isEmpty()) {
            return new Offset(true, null);
        }
        double seconds = raw.matches("[0-9]{1,5}(\\.[0-9]{1,3})?") ? Double.parseDouble(raw) : -1;
        if (seconds < 0 || seconds > MAX_OFFSET_SECONDS) {
            text(ctx, 400, "at must be seconds from the start, like 12.34.");
            return new Offset(false, null);
        }
        return new Offset(true, seconds);
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

    /** Answers a failed playback of {@code what} ("recording 7", "collector call 5"). */
    static void refuse(RoutingContext ctx, String what, Throwable failure) {
        switch (failure) {
            case PlaybackNotPermittedException refused -> text(ctx, 403, "You may not play this call.");
            case RecordingUnavailableException unavailable -> {
                if (unavailable.reason() == RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY) {
                    LOG.warn("Refused to play {}: its registered path is outside recordings.dir", what);
                } else if (unavailable.reason() != RecordingUnavailableException.Reason.NOT_REGISTERED) {
                    LOG.warn("{} cannot be played: {}", what, unavailable.getMessage());
                }
                text(ctx, 404, "This recording is not available.");
            }
            case LedgerUnavailableException down -> {
                LOG.warn("Playback of {} found the ledger unavailable: {}", what, down.getMessage());
                ctx.response().putHeader("Retry-After", "5");
                text(ctx, 503, "The ledger is unavailable right now; try again shortly.");
            }
            default -> {
                LOG.error("Playback of {} failed", what, failure);
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
