package org.ledgerline.storage.transcription;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A card-capture pause of a call's recording.
 *
 * @param resumedAt null when the resume was never confirmed: the rest of the recording counts as paused
 */
public record PauseInterval(long id, String channel, Instant pausedAt, @Nullable Instant resumedAt) {}
