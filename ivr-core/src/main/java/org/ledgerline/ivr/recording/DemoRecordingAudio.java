package org.ledgerline.ivr.recording;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.ledgerline.ivr.prompt.SpeechSynthesizer;
import org.ledgerline.storage.seed.DemoDisputes;

/**
 * Speaks the demo ledger's recorded dispute descriptions into WAV files in the recordings
 * directory, where the seed registered them, so the disputes desk has something to play on a fresh
 * demo start. Only missing files are written (a restart costs nothing); telephone quality, as
 * Asterisk would have recorded them.
 */
public final class DemoRecordingAudio {
    private final Path recordingsDirectory;
    private final Supplier<SpeechSynthesizer> voice;

    /** {@code voice} is asked for only when a file is missing: loading a voice takes a while. */
    public DemoRecordingAudio(Path recordingsDirectory, Supplier<SpeechSynthesizer> voice) {
        this.recordingsDirectory = recordingsDirectory;
        this.voice = voice;
    }

    /** Writes every demo recording whose file is missing; returns the files written. */
    public List<Path> writeMissing() throws IOException {
        List<Path> written = new ArrayList<>();
        SpeechSynthesizer speaker = null;
        for (DemoDisputes.DemoRecording recording : DemoDisputes.RECORDINGS) {
            Path file = recordingsDirectory.resolve(recording.relativePath() + ".wav");
            if (!Files.isRegularFile(file)) {
                if (speaker == null) {
                    speaker = voice.get();
                }
                write(file, speaker.synthesize(recording.words()));
                written.add(file);
            }
        }
        return List.copyOf(written);
    }

    /** Writes beside the target and moves into place, so nobody plays a half-written file. */
    static void write(Path wav, byte[] pcm) throws IOException {
        Files.createDirectories(wav.getParent());
        Path partial = wav.resolveSibling(wav.getFileName() + ".partial");
        int frameSize = SpeechSynthesizer.TELEPHONY_FORMAT.getFrameSize();
        try (AudioInputStream audio = new AudioInputStream(
                new ByteArrayInputStream(pcm), SpeechSynthesizer.TELEPHONY_FORMAT, pcm.length / frameSize)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, partial.toFile());
        }
        Files.move(partial, wav, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
