package org.ledgerline.ivr.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingRepository;

/**
 * Starts playing a registered recording to a back-office user: finds its file, works out the part
 * asked for and writes who listened to which part in the audit log ({@value #PLAYED}, subject
 * {@code recording}) before a byte is sent. Blocking (JDBC and file system): call it off the event
 * loop.
 */
public final class RecordingPlayback {
    /** The audit action of one playback request. */
    public static final String PLAYED = "RECORDING_PLAYED";

    private final RecordingRepository recordings;
    private final AuditLog audit;
    private final RecordingFiles files;

    public RecordingPlayback(RecordingRepository recordings, AuditLog audit, RecordingFiles files) {
        this.recordings = Objects.requireNonNull(recordings, "recordings");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** What to send: the file, its media type and the part of it. */
    public record Playback(long recordingId, Path file, String mediaType, ByteRange range) {}

    /**
     * The playback of recording {@code recordingId} for {@code listener}, who sent {@code rangeHeader}
     * (null when none); audited unless the range cannot be satisfied (then nothing is played).
     *
     * @throws RecordingUnavailableException not registered, or its file is missing, unreadable or
     *     outside the recordings directory
     */
    public Playback start(long recordingId, @Nullable String rangeHeader, String listener) {
        Recording recording = recordings.findById(recordingId).orElseThrow(
                () -> new RecordingUnavailableException(recordingId,
                        RecordingUnavailableException.Reason.NOT_REGISTERED));
        Path file = files.locate(recording);
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new RecordingUnavailableException(recordingId, RecordingUnavailableException.Reason.NOT_READABLE);
        }
        ByteRange range = ByteRange.of(rangeHeader, length);
        if (!(range instanceof ByteRange.Unsatisfiable)) {
            audit.append(listener, PLAYED, "recording", Long.toString(recordingId), recording.callId(),
                    describe(range));
        }
        return new Playback(recordingId, file, RecordingFiles.mediaType(recording.format()), range);
    }

    private static String describe(ByteRange range) {
        return switch (range) {
            case ByteRange.Whole whole -> "Played the whole recording (" + whole.fileLength() + " bytes)";
            case ByteRange.Part part -> "Played bytes " + part.first() + "-" + part.last() + " of " + part.fileLength();
            case ByteRange.Unsatisfiable none -> "Asked for nothing inside " + none.fileLength() + " bytes";
        };
    }
}
