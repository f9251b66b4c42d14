package org.ledgerline.ivr.prompt;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS audio "player" that keeps the samples in memory instead of playing them, so the
 * generator can write the WAV file itself (FreeTTS's own file player picks the file name and
 * byte order for us). Used by one synthesizer under its lock.
 */
final class PcmCollector implements AudioPlayer {
    private final ByteArrayOutputStream samples = new ByteArrayOutputStream();
    private AudioFormat format = SpeechSynthesizer.TELEPHONY_FORMAT;
    private float volume = 1.0f;

    byte[] samples() {
        return samples.toByteArray();
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public void reset() {
        samples.reset();
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int length) {
        samples.write(audio, offset, length);
        return true;
    }

    // Playback controls mean nothing when collecting into memory.

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {}

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}
}
