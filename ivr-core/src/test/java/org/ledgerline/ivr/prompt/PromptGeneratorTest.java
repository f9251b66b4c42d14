package org.ledgerline.ivr.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptGeneratorTest {
    @TempDir
    Path sounds;

    @Test
    void rendersPromptsWithFreeTtsAsEightKilohertzSixteenBitMonoWav()
            throws IOException, UnsupportedAudioFileException {
        PromptCatalog catalog = PromptCatalog.of("en", Map.of("en", Map.of(
                "selfserve-greeting", "Thank you for calling the accounts line.",
                "num-7", "seven",
                "currency-usd-many", "dollars")));

        PromptGenerator.GenerationReport report = PromptGenerator.withFreeTts(catalog, sounds).generate();

        assertThat(report).isEqualTo(new PromptGenerator.GenerationReport(3, 0, 0));
        for (String key : List.of("selfserve-greeting", "num-7", "currency-usd-many")) {
            AudioFileFormat file = AudioSystem.getAudioFileFormat(sounds.resolve("en").resolve(key + ".wav").toFile());
            AudioFormat format = file.getFormat();
            assertThat(file.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
            assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            assertThat(format.getSampleRate()).isEqualTo(8000f);
            assertThat(format.getSampleSizeInBits()).isEqualTo(16);
            assertThat(format.getChannels()).isEqualTo(1);
            assertThat(format.isBigEndian()).isFalse();
            assertThat(file.getFrameLength()).as("%s lasts more than a tenth of a second", key).isGreaterThan(800);
        }
        long greeting = AudioSystem.getAudioFileFormat(sounds.resolve("en/selfserve-greeting.wav").toFile())
                .getFrameLength();
        long seven = AudioSystem.getAudioFileFormat(sounds.resolve("en/num-7.wav").toFile()).getFrameLength();
        assertThat(greeting).as("a sentence is longer than one word").isGreaterThan(seven * 3);
    }

    @Test
    void rendersLedgerLinesOwnRecordingBeepAsAQuarterSecondTelephonyToneBesideThePrompts()
            throws IOException, UnsupportedAudioFileException {
        new PromptGenerator(catalog(Map.of("hello", "Hello")), sounds, new CountingSynthesizer("voice-a")).generate();

        Path beep = sounds.resolve(RecordingBeep.DIRECTORY).resolve(RecordingBeep.NAME + ".wav");
        AudioFileFormat file = AudioSystem.getAudioFileFormat(beep.toFile());
        assertThat(file.getFormat().matches(SpeechSynthesizer.TELEPHONY_FORMAT)).isTrue();
        assertThat(file.getFrameLength()).isEqualTo(2000);
        byte[] pcm = RecordingBeep.pcm();
        int peak = 0;
        for (int i = 0; i < pcm.length; i += 2) {
            peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xFF) | (pcm[i + 1] << 8))));
        }
        assertThat(peak).as("half of full scale, no clipping").isBetween(15_000, 17_000);
        assertThat((short) ((pcm[0] & 0xFF) | (pcm[1] << 8))).as("fades in from silence").isZero();
        long written = Files.getLastModifiedTime(beep).toMillis();
        Files.setLastModifiedTime(beep, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));

        new PromptGenerator(catalog(Map.of("hello", "Hello")), sounds, new CountingSynthesizer("voice-a")).generate();

        assertThat(Files.getLastModifiedTime(beep).toMillis()).as("an unchanged beep is not rewritten")
                .isEqualTo(written - 60_000);
    }

    @Test
    void regeneratesOnlyPromptsWhoseWordsChanged() throws IOException {
        CountingSynthesizer synthesizer = new CountingSynthesizer("voice-a");
        new PromptGenerator(catalog(Map.of("hello", "Hello", "bye", "Goodbye")), sounds, synthesizer).generate();

        PromptGenerator.GenerationReport report = new PromptGenerator(
                catalog(Map.of("hello", "Hello there", "bye", "Goodbye")), sounds, synthesizer).generate();

        assertThat(report).isEqualTo(new PromptGenerator.GenerationReport(1, 1, 0));
        assertThat(synthesizer.spoken).containsExactly("Goodbye", "Hello", "Hello there");
    }

    @Test
    void leavesEverythingAloneWhenNothingChanged() throws IOException {
        CountingSynthesizer synthesizer = new CountingSynthesizer("voice-a");
        PromptGenerator generator = new PromptGenerator(catalog(Map.of("hello", "Hello", "bye", "Goodbye")), sounds,
                synthesizer);
        generator.generate();

        assertThat(generator.generate()).isEqualTo(new PromptGenerator.GenerationReport(0, 2, 0));
        assertThat(synthesizer.spoken).hasSize(2);
    }

    @Test
    void regeneratesAPromptWhoseFileWentMissing() throws IOException {
        CountingSynthesizer synthesizer = new CountingSynthesizer("voice-a");
        PromptGenerator generator = new PromptGenerator(catalog(Map.of("hello", "Hello", "bye", "Goodbye")), sounds,
                synthesizer);
        generator.generate();
        Files.delete(sounds.resolve("en/bye.wav"));

        assertThat(generator.generate()).isEqualTo(new PromptGenerator.GenerationReport(1, 1, 0));
        assertThat(sounds.resolve("en/bye.wav")).isRegularFile();
    }

    @Test
    void regeneratesEverythingWhenTheVoiceChanges() throws IOException {
        PromptCatalog catalog = catalog(Map.of("hello", "Hello", "bye", "Goodbye"));
        new PromptGenerator(catalog, sounds, new CountingSynthesizer("voice-a")).generate();

        assertThat(new PromptGenerator(catalog, sounds, new CountingSynthesizer("voice-b")).generate())
                .isEqualTo(new PromptGenerator.GenerationReport(2, 0, 0));
    }

    @Test
    void deletesAudioOfPromptsRemovedFromTheCatalogButNotOtherFiles() throws IOException {
        CountingSynthesizer synthesizer = new CountingSynthesizer("voice-a");
        new PromptGenerator(catalog(Map.of("hello", "Hello", "bye", "Goodbye")), sounds, synthesizer).generate();
        Files.writeString(sounds.resolve("en/recorded-by-hand.wav"), "not ours");

        PromptGenerator.GenerationReport report = new PromptGenerator(catalog(Map.of("hello", "Hello")), sounds,
                synthesizer).generate();

        assertThat(report).isEqualTo(new PromptGenerator.GenerationReport(0, 1, 1));
        assertThat(sounds.resolve("en/bye.wav")).doesNotExist();
        assertThat(sounds.resolve("en/recorded-by-hand.wav")).exists();
    }

    @Test
    void writesEachLanguageIntoItsOwnDirectory() throws IOException {
        PromptCatalog catalog = PromptCatalog.of("en", Map.of(
                "en", Map.of("hello", "Hello", "bye", "Goodbye"),
                "es", Map.of("hello", "Hola")));

        new PromptGenerator(catalog, sounds, new CountingSynthesizer("voice-a")).generate();

        assertThat(sounds.resolve("en/hello.wav")).isRegularFile();
        assertThat(sounds.resolve("en/bye.wav")).isRegularFile();
        assertThat(sounds.resolve("es/hello.wav")).isRegularFile();
        assertThat(sounds.resolve("es/bye.wav")).doesNotExist();
    }

    private static PromptCatalog catalog(Map<String, String> english) {
        return PromptCatalog.of("en", Map.of("en", english));
    }

    /** Tenth of a second of silence per prompt, and a record of what it was asked to speak. */
    private static final class CountingSynthesizer implements SpeechSynthesizer {
        private final String voiceId;
        private final List<String> spoken = new ArrayList<>();

        CountingSynthesizer(String voiceId) {
            this.voiceId = voiceId;
        }

        @Override
        public String voiceId() {
            return voiceId;
        }

        @Override
        public byte[] synthesize(String text) {
            spoken.add(text);
            spoken.sort(null);
            return new byte[1600];
        }
    }
}
