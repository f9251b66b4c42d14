package org.ledgerline.storage.recording;

import java.util.List;
import java.util.Optional;

/** Registers recordings of calls. Writes join the caller's transaction if there is one. */
public interface RecordingRepository {
    /**
     * Registers a recording once per idempotency key: registering the same key again writes
     * nothing and returns the recording registered first.
     */
    Recording record(NewRecording recording);

    Optional<Recording> findById(long recordingId);

    /** The call's recordings in the order they started. */
    List<Recording> findByCall(String callId);
}
