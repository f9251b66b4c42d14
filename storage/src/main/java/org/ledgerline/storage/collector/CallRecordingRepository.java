package org.ledgerline.storage.collector;

import java.time.Instant;
import java.util.List;

/** The per-leg recordings of collector calls and their place in the transcription queue. */
public interface CallRecordingRepository {

    /** Registers a leg's file once per call and leg: a retry returns the first registration. */
    CallRecording register(NewCallRecording recording);

    /** MixMonitor stopped and the file is on disk with this size (file SEEN); the first report wins. */
    CallRecording recordFile(long recordingId, Instant endedAt, long sizeBytes);

    /**
     * The file did not appear in time: file MISSING and, if still PENDING, not to be transcribed.
     * Returns false when the file was seen or marked missing already (another node, a retry).
     */
    boolean markMissing(long recordingId);

    /** Recordings of ended calls whose files have been neither seen nor given up on, oldest call first. */
    List<AwaitedRecording> awaitingFiles(int limit);

    /** The legs of a call, in leg order (collector, customer, mix). */
    List<CallRecording> recordingsOf(long collectorCallId);

    /** Files on disk waiting for a transcriber, oldest first, at most {@code limit}. */
    List<CallRecording> awaitingTranscription(int limit);

    /**
     * Moves a recording from one transcription status to another; false when it was not in {@code
     * from} (another worker took it, or it moved on).
     */
    boolean moveTranscription(long recordingId, TranscriptionStatus from, TranscriptionStatus to);
}
