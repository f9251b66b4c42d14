package org.ledgerline.storage.transcription;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable transcription queue. Several workers on several nodes share it: a claim takes one due
 * job under a lease with {@code FOR UPDATE SKIP LOCKED}, so no two workers hold the same job while
 * their leases run; a job whose worker died is claimed again once its lease ran out. Every change
 * of a running job names its lease owner, so a worker that lost its lease changes nothing.
 */
public interface TranscriptionJobRepository {

    /** Queues the collector call's job; a second call for the same call returns the first job. */
    TranscriptionJob enqueueCollectorCall(long collectorCallId);

    /** Queues the self-serve recording's job; a second call for the same recording returns the first job. */
    TranscriptionJob enqueueRecording(long recordingId);

    /**
     * Claims the oldest due job (queued and past its back-off, or running with an expired lease),
     * counts one attempt and leases it to {@code owner} for {@code lease}.
     */
    Optional<TranscriptionJob> claim(String owner, Duration lease);

    /** Records progress and extends the lease; false when {@code owner} no longer holds the job. */
    boolean progress(long jobId, String owner, int percent, int audioMs, Duration lease);

    /**
     * Stores the transcript (replacing none: a job is completed once) and its segments, marks the job
     * DONE and the call's legs DONE or NOT_WANTED, all in one transaction. False (and nothing written)
     * when {@code owner} no longer holds the job.
     */
    boolean complete(long jobId, String owner, NewTranscript transcript);

    /**
     * Gives the job back without counting the attempt, to be claimed again after {@code delay} (its
     * files have not arrived yet, or the node is stopping). False when {@code owner} no longer holds it.
     */
    boolean release(long jobId, String owner, Duration delay);

    /**
     * Records a failed attempt: queued again after {@code retryDelay}, or PARKED when it has had
     * {@code maxAttempts} attempts (a collector call's waiting legs are then marked FAILED).
     *
     * @param error what went wrong, without card data or absolute paths; cut to 2,000 characters
     * @return the job's status afterwards, empty when {@code owner} no longer holds it
     */
    Optional<JobStatus> fail(long jobId, String owner, String error, Duration retryDelay, int maxAttempts);

    /** Queues a parked job again with a fresh count of attempts; false when it is not parked. */
    boolean retryParked(long jobId);

    Optional<TranscriptionJob> findById(long jobId);

    Optional<TranscriptionJob> findByCollectorCall(long collectorCallId);

    Optional<TranscriptionJob> findByRecording(long recordingId);

    /** Jobs in one status, newest first. */
    List<TranscriptionJob> list(JobStatus status, int limit, int offset);

    /** How many jobs are in each status (every status present, zero when none). */
    Map<JobStatus, Long> countByStatus();
}
