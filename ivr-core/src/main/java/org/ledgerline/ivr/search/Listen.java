package org.ledgerline.ivr.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One playback of a call's recording, as the audit log holds it: who, when, which leg and from
 * which offset.
 *
 * @param leg {@code MIX}, {@code COLLECTOR} or {@code CUSTOMER} for a collector call; {@code CALL} or
 *     the recording's kind for a self-serve recording
 * @param offsetSeconds where the listener started (the page's {@code ?at=}), null when from the start
 */
public record Listen(String listener, Instant at, String leg, @Nullable Double offsetSeconds, long recordingId) {}
