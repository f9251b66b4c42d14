package org.ledgerline.ivr.recording;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CallRecordingRepository;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.search.CallFacts;
import org.ledgerline.storage.search.SearchScope;
import org.ledgerline.storage.search.TranscriptSearch;

/**
 * Plays one leg of a collector call (the mix, the collector's or the customer's) to a listener who
 * may hear it: the call must be in the listener's scope (their own call, a customer of their
 * portfolio, or any call for an auditor); the file is the one registered for the call and leg, found
 * inside {@code recordings.dir} ({@link RecordingFiles}), never a path from the request.
 *
 * <p><b>What is audited.</b> The start of a playback, once ({@link PlaybackStarts}). The line ({@value
 * #PLAYED}, subject {@code collector_call/<id>}) names the leg, the offset the listener started from
 * ({@code ?at=} seconds, given by the page that jumps to a search hit) and the recording. Blocking
 * (JDBC, file system): call it off the event loop.
 */
public final class CollectorCallPlayback {
    /** The audit action of the start of a collector call's playback. */
    public static final String PLAYED = "CALL_RECORDING_PLAYED";
    /** The audit subject type; the id is the collector call's. */
    public static final String SUBJECT = "collector_call";

    private final TranscriptSearch calls;
    private final CallRecordingRepository recordings;
    private final AuditLog audit;
    private final RecordingFiles files;

    public CollectorCallPlayback(TranscriptSearch calls, CallRecordingRepository recordings, AuditLog audit,
            RecordingFiles files) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.recordings = Objects.requireNonNull(recordings, "recordings");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.files = Objects.requireNonNull(files, "files");
    }

    /**
     * The playback of {@code leg} of collector call {@code collectorCallId} for {@code listener}
     * (who may see {@code scope}), starting at {@code atSeconds} (null: the start).
     *
     * @throws PlaybackNotPermittedException the call is outside the listener's scope
     * @throws RecordingUnavailableException no such call or leg, or its file cannot be played
     */
    public RecordingPlayback.Playback start(long collectorCallId, RecordingLeg leg, @Nullable Double atSeconds,
            @Nullable String rangeHeader, String listener, SearchScope scope) {
        CallFacts call = calls.collectorCall(collectorCallId).orElseThrow(() -> new RecordingUnavailableException(
                collectorCallId, RecordingUnavailableException.Reason.NOT_REGISTERED));
        PlaybackStarts.requireVisible(calls, scope, call, "collector call " + collectorCallId);
        CallRecording recording = recordings.recordingsOf(collectorCallId).stream()
                .filter(r -> r.leg() == leg).findFirst()
                .orElseThrow(() -> new RecordingUnavailableException(collectorCallId,
                        RecordingUnavailableException.Reason.NOT_REGISTERED));
        Path file = files.locate(recording.id(), recording.filePath());
        ByteRange range = PlaybackStarts.range(recording.id(), file, rangeHeader);
        if (PlaybackStarts.startsPlayback(range)) {
            audit.append(listener, PLAYED, SUBJECT, Long.toString(collectorCallId), null,
                    "leg=" + leg.name() + " " + PlaybackStarts.at(atSeconds) + " recording=" + recording.id());
        }
        return new RecordingPlayback.Playback(recording.id(), file, RecordingFiles.mediaType(extension(file)), range);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
