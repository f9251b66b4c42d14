package org.ledgerline.storage.transcription;

/** Where a transcription job is in the queue. */
public enum JobStatus {
    /** Waiting for a worker (maybe after a failed attempt, not before its back-off ends). */
    QUEUED,
    /** A worker holds it under a lease; an expired lease makes it claimable again. */
    RUNNING,
    /** Transcribed: the transcript and its segments are stored. */
    DONE,
    /** Failed every allowed attempt; kept with its last error until an admin re-queues it. */
    PARKED
}
