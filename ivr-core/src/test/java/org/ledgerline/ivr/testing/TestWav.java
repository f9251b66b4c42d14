package org.ledgerline.ivr.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes real WAV files at test time: a tone, 8 kHz 16-bit mono, as Asterisk records a caller. */
public final class TestWav {
    private static final AudioFormat TELEPHONE = new AudioFormat(8000f, 16, 1, true, false);

    private TestWav() {}

    /** A 440 Hz tone of {@code millis} milliseconds at {@code file}; returns the file. */
    public static Path tone(Path file, int millis) {
        int frames = 8 * millis;
        ByteBuffer pcm = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            pcm.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
        }
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm.array()), TELEPHONE, frames)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
