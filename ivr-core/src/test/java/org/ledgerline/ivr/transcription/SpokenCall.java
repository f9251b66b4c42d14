package org.ledgerline.ivr.transcription;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.ledgerline.ivr.prompt.FreeTtsSpeechSynthesizer;
import org.ledgerline.ivr.prompt.SpeechSynthesizer;

/**
 * Test speech laid out like MixMonitor's files: each leg's WAV (8 kHz, 16-bit, mono, little-endian,
 * what Asterisk's {@code wav} format is) holds that speaker's sentences at their offsets and silence
 * elsewhere, and every leg is as long as the whole call, because MixMonitor starts them together.
 */
final class SpokenCall {
    private static final int BYTES_PER_MS = 16; // 8,000 samples/s * 2 bytes
    private static final SpeechSynthesizer VOICE = new FreeTtsSpeechSynthesizer();

    private final List<Line> lines = new ArrayList<>();

    /** One sentence said by one leg, starting at {@code atMs} from the start of the recording. */
    record Line(String leg, int atMs, String text, int lengthMs) {}

    /** Adds a sentence; returns how long it lasts in ms. */
    int say(String leg, int atMs, String text) {
        int lengthMs = VOICE.synthesize(text).length / BYTES_PER_MS;
        lines.add(new Line(leg, atMs, text, lengthMs));
        return lengthMs;
    }

    /** Writes the leg's file, {@code totalMs} long. */
    Path write(String leg, int totalMs, Path file) throws IOException {
        byte[] pcm = new byte[totalMs * BYTES_PER_MS];
        for (Line line : lines) {
            if (line.leg().equals(leg)) {
                byte[] speech = VOICE.synthesize(line.text());
                System.arraycopy(speech, 0, pcm, line.atMs() * BYTES_PER_MS,
                        Math.min(speech.length, pcm.length - line.atMs() * BYTES_PER_MS));
            }
        }
        writeWav(pcm, file);
        return file;
    }

    static void writeWav(byte[] pcm, Path file) throws IOException {
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm),
                SpeechSynthesizer.TELEPHONY_FORMAT, pcm.length / 2)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    /** One sentence alone in a file with {@code leadMs} of silence before it. */
    static Path sentence(String text, int leadMs, Path file) throws IOException {
        SpokenCall call = new SpokenCall();
        int length = call.say("x", leadMs, text);
        return call.write("x", leadMs + length + 500, file);
    }
}
