package org.ledgerline.ivr.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.transcription.PauseInterval;

class PauseWindowsTest {
    private static final Instant START = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void wordsTouchingAPauseAreDroppedAndSplitTheirUtterance() {
        RecognizedUtterance said = utterance(word("my", 1000, 1200), word("card", 1300, 1600),
                word("four", 2100, 2400), word("one", 2500, 2700), word("thanks", 3200, 3500));
        PauseWindows pauses = PauseWindows.of(List.of(new PauseInterval(1, "SIP/x", START.plusMillis(2000),
                START.plusMillis(2800))), START);

        List<RecognizedUtterance> kept = pauses.keepOutside(List.of(said));

        assertThat(kept).extracting(RecognizedUtterance::text).containsExactly("my card", "thanks");
        assertThat(kept).allSatisfy(u -> assertThat(u.endMs() < 2000 || u.startMs() > 2800).isTrue());
    }

    @Test
    void aPauseNeverResumedCoversTheRestOfTheRecording() {
        PauseWindows pauses = PauseWindows.of(List.of(new PauseInterval(1, "SIP/x", START.plusMillis(1500), null)),
                START);

        List<RecognizedUtterance> kept = pauses.keepOutside(List.of(utterance(word("hello", 0, 400)),
                utterance(word("four", 1600, 1800), word("two", 90_000, 90_300))));

        assertThat(kept).extracting(RecognizedUtterance::text).containsExactly("hello");
    }

    @Test
    void aPauseBeforeTheRecordingStartedCountsFromOffsetZeroAndOneThatEndedBeforeItIsIgnored() {
        PauseWindows pauses = PauseWindows.of(List.of(
                new PauseInterval(1, "SIP/x", START.minusSeconds(10), START.minusSeconds(5)),
                new PauseInterval(2, "SIP/x", START.minusSeconds(1), START.plusMillis(500))), START);

        List<RecognizedUtterance> kept = pauses.keepOutside(List.of(utterance(word("six", 100, 300),
                word("yes", 900, 1100))));

        assertThat(kept).extracting(RecognizedUtterance::text).containsExactly("yes");
    }

    private static RecognizedUtterance utterance(RecognizedWord... words) {
        return new RecognizedUtterance(List.of(words));
    }

    private static RecognizedWord word(String text, int start, int end) {
        return new RecognizedWord(text, start, end, 0.9);
    }
}
