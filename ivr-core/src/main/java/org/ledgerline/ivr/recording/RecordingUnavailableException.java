package org.ledgerline.ivr.recording;

/**
 * A registered recording that cannot be played. The message names the recording id and the
 * reason, never the file's path: it may reach a client.
 */
public final class RecordingUnavailableException extends RuntimeException {
    /** Why the recording cannot be played. */
    public enum Reason {
        /** No recording with that id is registered. */
        NOT_REGISTERED,
        /** It is registered but its file is not (or no longer) in the recordings directory. */
        NOT_ON_DISK,
        /** Its registered path leads outside the recordings directory: refused, whatever is there. */
        OUTSIDE_DIRECTORY,
        /** The file is there but could not be read. */
        NOT_READABLE
    }

    private final long recordingId;
    private final Reason reason;

    public RecordingUnavailableException(long recordingId, Reason reason) {
        super("recording " + recordingId + " is not available: "
                + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        this.recordingId = recordingId;
        this.reason = reason;
    }

    public long recordingId() {
        return recordingId;
    }

    public Reason reason() {
        return reason;
    }
}
