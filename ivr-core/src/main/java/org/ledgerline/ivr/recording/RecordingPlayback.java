package org.ledgerline.ivr.recording;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingRepository;
import org.ledgerline.storage.search.CallFacts;
import org.ledgerline.storage.search.SearchScope;
import org.ledgerline.storage.search.TranscriptSearch;

/**
 * Plays a registered self-serve recording (a call, or a caller's dispute description; the disputes
 * desk's player) to a listener who may hear it, by the rules collector calls follow ({@link
 * PlaybackStarts}): the recording's customer must be in the listener's scope (a credit manager's
 * portfolio, or any for an auditor; self-serve calls have no collector); the file is the one the
 * ledger registered, found inside {@code recordings.dir}, never a path from the request; the start
 * of a playback is audited once ({@value #PLAYED}, subject {@code recording/<id>}, detail {@code
 * at=12.34} or {@code at=start}) before a byte is sent. Blocking (JDBC and file system): call it off
 * the event loop.
 */
public final class RecordingPlayback {
    /** The audit action of the start of a self-serve recording's playback. */
    public static final String PLAYED = "RECORDING_PLAYED";
    /** The audit subject type; the id is the recording's. */
    public static final String SUBJECT = "recording";

    private final RecordingRepository recordings;
    private final TranscriptSearch calls;
    private final AuditLog audit;
    private final RecordingFiles files;

    public RecordingPlayback(RecordingRepository recordings, TranscriptSearch calls, AuditLog audit,
            RecordingFiles files) {
        this.recordings = Objects.requireNonNull(recordings, "recordings");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** What to send: the file, its media type and the part of it. */
    public record Playback(long recordingId, Path file, String mediaType, ByteRange range) {}

    /**
     * The playback of recording {@code recordingId} for {@code listener} (who may see {@code scope}),
     * starting at {@code atSeconds} (null: the start), who sent {@code rangeHeader} (null when none).
     *
     * @throws PlaybackNotPermittedException the recording's call is outside the listener's scope
     * @throws RecordingUnavailableException not registered, or its file is missing, unreadable or
     *     outside the recordings directory
     */
    public Playback start(long recordingId, @Nullable Double atSeconds, @Nullable String rangeHeader,
            String listener, SearchScope scope) {
        CallFacts call = calls.selfServeRecording(recordingId).orElseThrow(() -> new RecordingUnavailableException(
                recordingId, RecordingUnavailableException.Reason.NOT_REGISTERED));
        PlaybackStarts.requireVisible(calls, scope, call, "recording " + recordingId);
        Recording recording = recordings.findById(recordingId).orElseThrow(
                () -> new RecordingUnavailableException(recordingId,
                        RecordingUnavailableException.Reason.NOT_REGISTERED));
        Path file = files.locate(recording);
        ByteRange range = PlaybackStarts.range(recordingId, file, rangeHeader);
        if (PlaybackStarts.startsPlayback(range)) {
            audit.append(listener, PLAYED, SUBJECT, Long.toString(recordingId), recording.callId(),
                    PlaybackStarts.at(atSeconds));
        }
        return new Playback(recordingId, file, RecordingFiles.mediaType(recording.format()), range);
    }
}
