package org.ledgerline.ivr.http;

import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.recording.CollectorCallPlayback;
import org.ledgerline.ivr.search.ReaderScopes;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.collector.RecordingLeg;

/**
 * {@code GET /recordings/collector-calls/{collectorCallId}/{leg}} ({@code mix}, {@code collector} or
 * {@code customer}; without a leg the mix) with an optional {@code ?at=12.34}: streams one leg of a
 * collector call to a listener who may hear that call, with byte ranges. {@code at} is the offset in
 * seconds the player starts from (the page seeks there with a media fragment or {@code currentTime});
 * it is what the audit line says the listener started at (see {@link CollectorCallPlayback} for when
 * a request is audited). Answers as {@link PlaybackResponses}; a bad leg is a 400.
 */
public final class CollectorCallPlaybackHandler implements Handler<RoutingContext> {
    private final CollectorCallPlayback playback;
    private final WorkerExecutor workers;

    public CollectorCallPlaybackHandler(CollectorCallPlayback playback, WorkerExecutor workers) {
        this.playback = Objects.requireNonNull(playback, "playback");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    @Override
    public void handle(RoutingContext ctx) {
        Long id = PlaybackResponses.id(ctx, "collectorCallId", "No such call.");
        if (id == null) {
            return;
        }
        RecordingLeg leg = leg(ctx.pathParam("leg"));
        if (leg == null) {
            PlaybackResponses.text(ctx, 400, "The leg must be mix, collector or customer.");
            return;
        }
        PlaybackResponses.Offset at = PlaybackResponses.offset(ctx);
        if (!at.valid()) {
            return;
        }
        String range = ctx.request().getHeader("Range");
        SignedInUser who = Access.user(ctx);
        workers.executeBlocking(() -> playback.start(id, leg, at.seconds(), range, who.username(),
                ReaderScopes.of(who)), false).onComplete(result -> {
                    if (result.succeeded()) {
                        PlaybackResponses.send(ctx, result.result());
                    } else {
                        PlaybackResponses.refuse(ctx, "collector call " + id, result.cause());
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
}
