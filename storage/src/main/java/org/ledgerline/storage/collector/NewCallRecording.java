package org.ledgerline.storage.collector;

import java.time.Instant;
import java.util.Objects;

/**
 * A leg's recording to register when MixMonitor starts it.
 *
 * @param filePath relative to {@code recordings.dir}; never absolute, never with {@code ..}
 */
public record NewCallRecording(long collectorCallId, RecordingLeg leg, String filePath, Instant startedAt) {

    public NewCallRecording {
        Objects.requireNonNull(leg, "leg");
        Objects.requireNonNull(startedAt, "startedAt");
        if (filePath == null || filePath.isBlank() || filePath.startsWith("/")
                || filePath.matches("(^|.*/)\\.\\.(/.*|$)")) {
            throw new IllegalArgumentException("A recording's path is relative to the recordings directory");
        }
    }
}
