package org.ledgerline.storage.transcription;

import java.util.List;

/**
 * A finished transcript to store with its job.
 *
 * @param engine the engine and model that produced it (e.g. {@code vosk/model-en-us})
 * @param segments in timeline order (both legs merged); their position is their {@code seq}
 * @param transcribedRecordingIds the {@code call_recordings} legs the segments came from (marked DONE;
 *     the call's other legs that were still waiting are marked NOT_WANTED)
 * @param audioMs the length of the longest transcribed file
 */
public record NewTranscript(String engine, String language, List<NewSegment> segments,
        List<Long> transcribedRecordingIds, int audioMs) {
    public NewTranscript {
        segments = List.copyOf(segments);
        transcribedRecordingIds = List.copyOf(transcribedRecordingIds);
    }

    /** The segments' text in timeline order, one line each. */
    public String fullText() {
        return String.join("\n", segments.stream().map(NewSegment::text).toList());
    }
}
