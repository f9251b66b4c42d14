package org.ledgerline.ivr.dispute.desk;

import java.util.Optional;
import org.ledgerline.storage.transcription.JobStatus;
import org.ledgerline.storage.transcription.Transcript;
import org.ledgerline.storage.transcription.TranscriptRepository;
import org.ledgerline.storage.transcription.TranscriptionJob;
import org.ledgerline.storage.transcription.TranscriptionJobRepository;

/**
 * What the transcription made of a caller's recorded dispute description, for the dispute's page:
 * the text, or why there is none yet (being transcribed, nothing recognised, transcription failed).
 *
 * @param text the recognised words; empty unless {@link State#TRANSCRIBED}
 */
public record DescriptionTranscript(State state, String text) {

    /** Where the description's transcription stands. */
    public enum State {
        /** Queued or running. */
        TRANSCRIBING,
        /** Transcribed, with words. */
        TRANSCRIBED,
        /** Transcribed, but no speech was recognised. */
        NO_SPEECH,
        /** Parked after failed attempts, or never queued: an admin sees it on the transcription page. */
        NOT_TRANSCRIBED
    }

    /** The description's transcript state, read from the queue and the transcripts (JDBC, blocking). */
    static DescriptionTranscript of(long recordingId, TranscriptRepository transcripts,
            TranscriptionJobRepository jobs) {
        Optional<Transcript> transcript = transcripts.transcriptOfRecording(recordingId);
        if (transcript.isPresent()) {
            String text = transcript.get().fullText().strip();
            return text.isEmpty()
                    ? new DescriptionTranscript(State.NO_SPEECH, "")
                    : new DescriptionTranscript(State.TRANSCRIBED, text);
        }
        JobStatus status = jobs.findByRecording(recordingId).map(TranscriptionJob::status).orElse(JobStatus.PARKED);
        return new DescriptionTranscript(status == JobStatus.QUEUED || status == JobStatus.RUNNING
                ? State.TRANSCRIBING
                : State.NOT_TRANSCRIBED, "");
    }
}
