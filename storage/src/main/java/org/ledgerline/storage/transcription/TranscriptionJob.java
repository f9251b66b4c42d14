package org.ledgerline.storage.transcription;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One job of the transcription queue: a collector call (all its legs) or one self-serve recording;
 * exactly one of {@code collectorCallId} and {@code recordingId} is set.
 *
 * @param attempts attempts started so far (a claim counts one)
 * @param notBefore a queued job is not claimed before this (back-off after a failure)
 * @param leaseOwner the worker holding a running job
 * @param leaseUntil a running job whose lease ended here is claimable again (its worker died)
 * @param audioMs the length of the audio of the running or finished attempt, when known
 * @param lastError the last attempt's failure, without card data or absolute paths
 */
public record TranscriptionJob(
        long id,
        @Nullable Long collectorCallId,
        @Nullable Long recordingId,
        JobStatus status,
        int attempts,
        Instant notBefore,
        @Nullable String leaseOwner,
        @Nullable Instant leaseUntil,
        int progressPercent,
        @Nullable Integer audioMs,
        @Nullable String lastError,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant finishedAt) {}
