package org.ledgerline.ivr.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.prompt.SpeechSynthesizer;
import org.ledgerline.storage.seed.DemoDisputes;

/** The demo's recorded descriptions become real telephone-quality WAV files where the seed registered them. */
class DemoRecordingAudioTest {
    @TempDir
    Path recordings;

    private final AtomicInteger voicesLoaded = new AtomicInteger();

    @Test
    void writesEachMissingRecordingAsAnEightKilohertzWav() throws IOException, UnsupportedAudioFileException {
        var written = new DemoRecordingAudio(recordings, this::loadVoice).writeMissing();

        assertThat(written).hasSize(DemoDisputes.RECORDINGS.size());
        Path first = recordings.resolve(DemoDisputes.RECORDINGS.getFirst().relativePath() + ".wav");
        AudioFileFormat format = AudioSystem.getAudioFileFormat(first.toFile());
        assertThat(format.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        assertThat(format.getFormat().getSampleRate()).isEqualTo(8000f);
        assertThat(format.getFrameLength()).isEqualTo(4000);
    }

    @Test
    void aRestartWithTheFilesInPlaceWritesNothingAndLoadsNoVoice() throws IOException {
        new DemoRecordingAudio(recordings, this::loadVoice).writeMissing();
        voicesLoaded.set(0);

        assertThat(new DemoRecordingAudio(recordings, this::loadVoice).writeMissing()).isEmpty();
        assertThat(voicesLoaded).hasValue(0);
    }

    private SpeechSynthesizer loadVoice() {
        voicesLoaded.incrementAndGet();
        return new SpeechSynthesizer() {
            @Override
            public String voiceId() {
                return "half-second-of-silence";
            }

            @Override
            public byte[] synthesize(String text) {
                return new byte[8000];
            }
        };
    }
}
