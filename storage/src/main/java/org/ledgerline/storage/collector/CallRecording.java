package org.ledgerline.storage.collector;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One leg's recording of a collector call, as stored in {@code call_recordings}.
 *
 * @param filePath relative to {@code recordings.dir}
 * @param endedAt when MixMonitor stopped; null while recording
 * @param sizeBytes the file's size once it was seen on disk; null until then
 */
public record CallRecording(
        long id,
        long collectorCallId,
        RecordingLeg leg,
        String filePath,
        Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable Long sizeBytes,
        TranscriptionStatus transcriptionStatus) {}
