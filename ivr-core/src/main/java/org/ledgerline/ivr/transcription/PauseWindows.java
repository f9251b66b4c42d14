package org.ledgerline.ivr.transcription;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.transcription.PauseInterval;

/**
 * The card-capture pauses of one recording as offsets from its start, and the filter that keeps
 * speech out of them: a word that touches a pause is dropped and splits its utterance, so no segment
 * ever overlaps a pause, even when the switch let audio leak into the file.
 */
public final class PauseWindows {
    private final List<long[]> windows;

    private PauseWindows(List<long[]> windows) {
        this.windows = List.copyOf(windows);
    }

    /** No pauses. */
    public static PauseWindows none() {
        return new PauseWindows(List.of());
    }

    /**
     * The pauses of a recording as offsets from its start.
     *
     * @param recordingStartedAt the instant offset 0 of the recording stands for
     * @param pauses a resume never confirmed ({@code resumedAt} null) pauses the rest of the recording
     */
    public static PauseWindows of(List<PauseInterval> pauses, Instant recordingStartedAt) {
        List<long[]> windows = new ArrayList<>();
        for (PauseInterval pause : pauses) {
            long from = offset(recordingStartedAt, pause.pausedAt());
            @Nullable
            Instant resumedAt = pause.resumedAt();
            long to = resumedAt == null ? Long.MAX_VALUE : offset(recordingStartedAt, resumedAt);
            if (to >= 0) {
                windows.add(new long[] {Math.max(from, 0), to});
            }
        }
        return new PauseWindows(windows);
    }

    /** The utterances with every word inside a pause removed, split where words were removed. */
    public List<RecognizedUtterance> keepOutside(List<RecognizedUtterance> utterances) {
        if (windows.isEmpty()) {
            return utterances;
        }
        List<RecognizedUtterance> kept = new ArrayList<>();
        for (RecognizedUtterance utterance : utterances) {
            List<RecognizedWord> run = new ArrayList<>();
            for (RecognizedWord word : utterance.words()) {
                if (paused(word)) {
                    flush(run, kept);
                } else {
                    run.add(word);
                }
            }
            flush(run, kept);
        }
        return kept;
    }

    private boolean paused(RecognizedWord word) {
        return windows.stream().anyMatch(window -> word.overlaps(window[0], window[1]));
    }

    private static void flush(List<RecognizedWord> run, List<RecognizedUtterance> kept) {
        if (!run.isEmpty()) {
            kept.add(new RecognizedUtterance(run));
            run.clear();
        }
    }

    private static long offset(Instant start, Instant at) {
        return Duration.between(start, at).toMillis();
    }
}
