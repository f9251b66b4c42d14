package org.ledgerline.ivr.transcription;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ledgerline.ivr.recording.RecordingFiles;
import org.ledgerline.ivr.recording.RecordingUnavailableException;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CallRecordingRepository;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.collector.TranscriptionStatus;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingRepository;
import org.ledgerline.storage.transcription.NewSegment;
import org.ledgerline.storage.transcription.NewTranscript;
import org.ledgerline.storage.transcription.RecordingPauseRepository;
import org.ledgerline.storage.transcription.Speaker;
import org.ledgerline.storage.transcription.TranscriptRepository;
import org.ledgerline.storage.transcription.TranscriptionJob;

/**
 * What one job does: a collector call's collector leg and customer leg (MixMonitor's {@code r()} and
 * {@code t()} files) are transcribed separately and merged into one timeline of segments labelled by
 * speaker; a self-serve recording (a whole call or a dispute description) is one speaker, the caller.
 * Offsets are from the start of the recording (MixMonitor starts every leg's file at the same moment).
 * Speech inside a card-capture pause never becomes a segment.
 */
public final class TranscriptionPipeline {
    /** What a job came to. */
    public sealed interface Outcome {
        /** Transcribed: store it with the job. */
        record Transcribed(NewTranscript transcript) implements Outcome {}

        /** Not yet: a leg's file has not arrived (RecordingArrivals will mark it, or it comes). */
        record Waiting(String why) implements Outcome {}
    }

    private final TranscriptionEngine engine;
    private final SegmentWriter segments;
    private final CallRecordingRepository legs;
    private final RecordingRepository recordings;
    private final RecordingPauseRepository pauses;
    private final TranscriptRepository transcripts;
    private final Path recordingsDir;
    private final RecordingFiles recordingFiles;
    private final ZoneId fallbackZone;

    /**
     * A pipeline over the ledger's repositories and one shared engine.
     *
     * @param recordingsDir {@code recordings.dir}, which call_recordings' paths are relative to
     * @param fallbackZone the day of a call whose customer's zone is unknown ({@code backOffice.timeZone})
     */
    public TranscriptionPipeline(TranscriptionEngine engine, SegmentAnnotator annotator, CallRecordingRepository legs,
            RecordingRepository recordings, RecordingPauseRepository pauses, TranscriptRepository transcripts,
            Path recordingsDir, ZoneId fallbackZone) {
        this.engine = engine;
        this.segments = new SegmentWriter(annotator);
        this.legs = legs;
        this.recordings = recordings;
        this.pauses = pauses;
        this.transcripts = transcripts;
        this.recordingsDir = recordingsDir.toAbsolutePath().normalize();
        this.recordingFiles = new RecordingFiles(recordingsDir);
        this.fallbackZone = fallbackZone;
    }

    /**
     * Runs the job's transcription.
     *
     * @param progress told the percentage done (0..100) and the audio length known so far
     * @throws UnreadableAudioException a file is missing, outside the directory or not decodable
     */
    public Outcome run(TranscriptionJob job, PercentProgress progress) {
        Long collectorCallId = job.collectorCallId();
        if (collectorCallId != null) {
            return collectorCall(collectorCallId, progress);
        }
        Long recordingId = job.recordingId();
        if (recordingId == null) {
            throw new IllegalStateException("job " + job.id() + " has no source");
        }
        return selfServe(recordingId, progress);
    }

    private Outcome collectorCall(long collectorCallId, PercentProgress progress) {
        List<CallRecording> speakerLegs = legs.recordingsOf(collectorCallId).stream()
                .filter(leg -> leg.leg() != RecordingLeg.MIX)
                .filter(leg -> leg.transcriptionStatus() != TranscriptionStatus.NOT_WANTED)
                .toList();
        for (CallRecording leg : speakerLegs) {
            if (leg.sizeBytes() == null) {
                return new Outcome.Waiting(leg.filePath() + " has not arrived yet");
            }
        }
        ZoneId zone = transcripts.customerZoneOfCollectorCall(collectorCallId).orElse(fallbackZone);
        var pausesOfCall = pauses.pausesOfCollectorCall(collectorCallId);
        List<NewSegment> timeline = new ArrayList<>();
        int audioMs = 0;
        for (int i = 0; i < speakerLegs.size(); i++) {
            CallRecording leg = speakerLegs.get(i);
            Speaker speaker = leg.leg() == RecordingLeg.COLLECTOR ? Speaker.COLLECTOR : Speaker.CUSTOMER;
            Recognition heard = engine.transcribe(legFile(leg.filePath()),
                    progress.part(i, speakerLegs.size()));
            audioMs = Math.max(audioMs, heard.audioMs());
            LocalDate spokenOn = day(leg.startedAt(), zone);
            for (RecognizedUtterance utterance : PauseWindows.of(pausesOfCall, leg.startedAt())
                    .keepOutside(heard.utterances())) {
                timeline.add(segments.segment(utterance, speaker, leg.id(), spokenOn));
            }
        }
        timeline.sort(Comparator.comparingInt(NewSegment::startMs).thenComparing(NewSegment::speaker));
        return new Outcome.Transcribed(new NewTranscript(engine.name(), engine.language(), timeline,
                speakerLegs.stream().map(CallRecording::id).toList(), audioMs));
    }

    private Outcome selfServe(long recordingId, PercentProgress progress) {
        Recording recording = recordings.findById(recordingId)
                .orElseThrow(() -> new UnreadableAudioException("recording " + recordingId + " is not registered"));
        Path file;
        try {
            file = recordingFiles.locate(recording);
        } catch (RecordingUnavailableException unavailable) {
            throw new UnreadableAudioException("recording " + recordingId + " (" + recording.filePath() + "): "
                    + unavailable.getMessage(), unavailable);
        }
        Recognition heard = engine.transcribe(file, progress.part(0, 1));
        ZoneId zone = transcripts.customerZoneOfRecording(recordingId).orElse(fallbackZone);
        LocalDate spokenOn = day(recording.startedAt(), zone);
        List<NewSegment> timeline = new ArrayList<>();
        for (RecognizedUtterance utterance : PauseWindows.of(pauses.pausesOfCall(recording.callId()),
                recording.startedAt()).keepOutside(heard.utterances())) {
            timeline.add(segments.segment(utterance, Speaker.CALLER, null, spokenOn));
        }
        return new Outcome.Transcribed(
                new NewTranscript(engine.name(), engine.language(), timeline, List.of(), heard.audioMs()));
    }

    /** A leg's file inside the recordings directory; the message names only the relative path. */
    private Path legFile(String relativePath) {
        Path file = recordingsDir.resolve(relativePath).normalize();
        if (!file.startsWith(recordingsDir)) {
            throw new UnreadableAudioException(relativePath + " is outside the recordings directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableAudioException(relativePath + " is not in the recordings directory");
        }
        return file;
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    /** Progress of a job in percent, over all its files. */
    @FunctionalInterface
    public interface PercentProgress {
        /** No one is listening. */
        PercentProgress NONE = (percent, audioMs) -> {};

        void at(int percent, int audioMs);

        /** The engine's progress within file {@code index} of {@code count}, as a share of the job. */
        default TranscriptionEngine.Progress part(int index, int count) {
            return (doneMs, totalMs) -> {
                int withinFile = totalMs <= 0 ? 0 : (int) Math.min(100, 100L * doneMs / totalMs);
                at((index * 100 + withinFile) / Math.max(count, 1), doneMs);
            };
        }
    }

}
