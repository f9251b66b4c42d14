package org.ledgerline.ivr.http;

import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.ivr.search.ReaderScopes;
import org.ledgerline.ivr.user.SignedInUser;

/**
 * {@code GET /recordings/{id}} with an optional {@code ?at=12.34}: streams a registered self-serve
 * recording (the disputes desk's player) to a listener who may hear it, by the rules of {@link
 * CollectorCallPlaybackHandler}: the signed-in user's scope ({@link ReaderScopes}: auditors any,
 * credit managers their customers' recordings), byte ranges for the player, the start of a playback
 * audited once with the offset ({@link RecordingPlayback}). Answers as {@link PlaybackResponses}.
 */
public final class RecordingPlaybackHandler implements Handler<RoutingContext> {
    private final RecordingPlayback playback;
    private final WorkerExecutor workers;

    public RecordingPlaybackHandler(RecordingPlayback playback, WorkerExecutor workers) {
        this.playback = Objects.requireNonNull(playback, "playback");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    @Override
    public void handle(RoutingContext ctx) {
        Long id = PlaybackResponses.id(ctx, "id", "No such recording.");
        if (id == null) {
            return;
        }
        PlaybackResponses.Offset at = PlaybackResponses.offset(ctx);
        if (!at.valid()) {
            return;
        }
        String range = ctx.request().getHeader("Range");
        SignedInUser who = Access.user(ctx);
        workers.executeBlocking(() -> playback.start(id, at.seconds(), range, who.username(), ReaderScopes.of(who)),
                false).onComplete(result -> {
                    if (result.succeeded()) {
                        PlaybackResponses.send(ctx, result.result());
                    } else {
                        PlaybackResponses.refuse(ctx, "recording " + id, result.cause());
                    }
                });
    }
}
