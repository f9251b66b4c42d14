package org.ledgerline.storage.collector;

/** Where a leg's recording stands in the transcription queue (the transcription issue consumes it). */
public enum TranscriptionStatus {
    /** Registered, waiting for a transcriber. */
    PENDING, IN_PROGRESS, DONE, FAILED,
    /** Not to be transcribed (e.g. the file never appeared on disk). */
    NOT_WANTED
}
