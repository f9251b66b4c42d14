package org.ledgerline.ivr.prompt;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;

/**
 * FreeTTS with the built-in diphone voice {@code kevin}, which already speaks at 8 kHz 16-bit mono:
 * no resampling is needed, only the byte order is turned round for WAV. The voice is taken straight
 * from its {@link KevinVoiceDirectory} (the same directory the {@code freetts.voices} system
 * property would name), so loading it changes no JVM-wide setting.
 *
 * <p>A FreeTTS voice is not thread-safe: calls are serialised.
 */
public final class FreeTtsSpeechSynthesizer implements SpeechSynthesizer {
    private static final String VOICE_NAME = "kevin";

    private final Voice voice;
    private final PcmCollector collector = new PcmCollector();

    public FreeTtsSpeechSynthesizer() {
        this.voice = Arrays.stream(new KevinVoiceDirectory().getVoices())
                .filter(v -> v.getName().equals(VOICE_NAME))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "FreeTTS voice '" + VOICE_NAME + "' is not in the freetts jar"));
        voice.allocate();
        voice.setAudioPlayer(collector);
    }

    @Override
    public String voiceId() {
        return "freetts-" + VOICE_NAME;
    }

    @Override
    public synchronized byte[] synthesize(String text) {
        collector.reset();
        if (!voice.speak(text)) {
            throw new IllegalStateException("FreeTTS could not speak a prompt of " + text.length() + " characters");
        }
        byte[] samples = collector.samples();
        AudioFormat format = collector.getAudioFormat();
        if (samples.length == 0) {
            throw new IllegalStateException("FreeTTS produced no audio for: " + text);
        }
        requireTelephonyShape(format);
        return format.isBigEndian() ? swapByteOrder(samples) : samples;
    }

    private static void requireTelephonyShape(AudioFormat format) {
        AudioFormat wanted = TELEPHONY_FORMAT;
        if (format.getSampleRate() != wanted.getSampleRate()
                || format.getSampleSizeInBits() != wanted.getSampleSizeInBits()
                || format.getChannels() != wanted.getChannels()
                || !AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())) {
            throw new IllegalStateException("voice " + VOICE_NAME + " renders " + format + ", prompts need " + wanted);
        }
    }

    private static byte[] swapByteOrder(byte[] samples) {
        byte[] swapped = new byte[samples.length];
        for (int i = 0; i + 1 < samples.length; i += 2) {
            swapped[i] = samples[i + 1];
            swapped[i + 1] = samples[i];
        }
        return swapped;
    }
}
