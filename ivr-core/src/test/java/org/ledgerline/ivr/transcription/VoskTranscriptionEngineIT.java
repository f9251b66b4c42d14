package org.ledgerline.ivr.transcription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.prompt.FreeTtsSpeechSynthesizer;

/** The real Vosk engine with the bundled model on FreeTTS speech at 8 kHz, like a phone line. */
class VoskTranscriptionEngineIT {
    private static VoskTranscriptionEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModelOnce() {
        engine = VoskTranscriptionEngine.load(SpeechModels.locate("", TestSpeechModel.DATA_DIR));
    }

    @AfterAll
    static void closeModel() {
        engine.close();
    }

    @Test
    void hearsEightKilohertzSpeechWithTimedWordsFromTheRecordingStart() throws IOException {
        Path file = SpokenCall.sentence("I can pay two hundred dollars on Friday.", 2000, dir.resolve("promise.wav"));
        List<Integer> reported = new ArrayList<>();

        Recognition heard = engine.transcribe(file, (doneMs, totalMs) -> reported.add(doneMs));

        String text = String.join(" ", heard.utterances().stream().map(RecognizedUtterance::text).toList());
        assertThat(text).contains("two hundred").contains("friday");
        RecognizedUtterance first = heard.utterances().getFirst();
        assertThat(first.startMs()).as("speech starts after 2 s of silence").isBetween(1700, 2600);
        assertThat(first.words()).allSatisfy(word -> {
            assertThat(word.endMs()).isGreaterThanOrEqualTo(word.startMs());
            assertThat(word.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(heard.audioMs()).isPositive();
        assertThat(reported).isNotEmpty().last().isEqualTo(heard.audioMs());
        assertThat(engine.name()).isEqualTo("vosk/model-en-us");
    }

    @Test
    void transcribesARawPcmStreamToo() {
        byte[] pcm = new FreeTtsSpeechSynthesizer().synthesize("Thank you for calling.");

        Recognition heard = engine.transcribe(new ByteArrayInputStream(pcm), 8000f,
                TranscriptionEngine.Progress.NONE);

        assertThat(heard.utterances()).isNotEmpty();
        assertThat(heard.utterances().getFirst().text()).contains("thank you");
    }

    @Test
    void garbageAndATruncatedHeaderAreUnreadableAudioNamingOnlyTheFile() throws IOException {
        Path garbage = Files.write(dir.resolve("garbage.wav"), "this is not audio at all, just bytes".repeat(50)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path truncated = dir.resolve("truncated.wav");
        byte[] whole = Files.readAllBytes(SpokenCall.sentence("Hello.", 0, dir.resolve("whole.wav")));
        Files.write(truncated, java.util.Arrays.copyOf(whole, 20));

        assertThatThrownBy(() -> engine.transcribe(garbage, TranscriptionEngine.Progress.NONE))
                .isInstanceOf(UnreadableAudioException.class).hasMessageStartingWith("garbage.wav ")
                .hasMessageNotContaining(dir.toString());
        assertThatThrownBy(() -> engine.transcribe(truncated, TranscriptionEngine.Progress.NONE))
                .isInstanceOf(UnreadableAudioException.class).hasMessageStartingWith("truncated.wav ");
    }

    @Test
    void aConfiguredDirectoryThatHoldsNoModelIsRefusedWithKeyPathAndWhatItMustContain() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("not-a-model"));

        assertThatThrownBy(() -> SpeechModels.locate(empty.toString(), dir))
                .isInstanceOf(SpeechModelUnavailableException.class)
                .hasMessageContaining("transcription.modelDir=" + empty)
                .hasMessageContaining("am/final.mdl")
                .hasMessageContaining("alphacephei.com/vosk/models")
                .hasMessageContaining("jobs stay QUEUED");
        assertThatThrownBy(() -> SpeechModels.locate(dir.resolve("missing").toString(), dir))
                .hasMessageContaining("is not a directory");
    }

    @Test
    void theUnpackedDefaultModelAcceptsTelephoneAudio() throws IOException {
        Path model = SpeechModels.locate("", TestSpeechModel.DATA_DIR);

        assertThat(Files.readString(model.resolve("conf/mfcc.conf"))).contains("--allow-upsample=true");
        assertThat(SpeechModels.locate("", TestSpeechModel.DATA_DIR)).isEqualTo(model);
        assertThat(SpeechModels.locate(model.toString(), dir)).isEqualTo(model);
    }
}
