package org.ledgerline.ivr.prompt;

/**
 * LedgerLine's own tone before a caller records: a short sine beep rendered as 8 kHz 16-bit mono
 * PCM beside the generated prompts ({@code <soundsDir>/}{@value #DIRECTORY}{@code /}{@value #NAME}{@code .wav}).
 *
 * <p>Asterisk's {@code RECORD FILE … BEEP} plays Asterisk's own {@code beep} sound, which a bare
 * Asterisk (no core sound pack, the way LedgerLine is checked) does not have: it then refuses to
 * record at all ({@code 200 result=-1 (randomerror)}, FINDINGS). Like every other prompt, the beep
 * is ours, so nothing depends on Asterisk's sounds.
 */
public final class RecordingBeep {
    /** Directory under the sounds directory; language-neutral, so it is not a catalog language. */
    public static final String DIRECTORY = "tones";
    /** File name without extension (not {@code beep}, so it is never mistaken for Asterisk's own). */
    public static final String NAME = "ledgerline-record-beep";

    /** 1 kHz: the pitch callers know as "start speaking now". */
    private static final double FREQUENCY_HZ = 1000;
    private static final int MILLIS = 250;
    /** A few milliseconds of fade in and out, so the tone starts and stops without a click. */
    private static final int FADE_MILLIS = 5;
    /** Half of full scale: clearly audible, far from clipping on a phone line. */
    private static final double AMPLITUDE = 0.5;

    private RecordingBeep() {}

    /** The tone as little-endian 16-bit PCM in {@link SpeechSynthesizer#TELEPHONY_FORMAT}. */
    public static byte[] pcm() {
        float rate = SpeechSynthesizer.TELEPHONY_FORMAT.getSampleRate();
        int samples = Math.round(rate * MILLIS / 1000f);
        int fade = Math.round(rate * FADE_MILLIS / 1000f);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            double envelope = Math.min(1.0, Math.min(i, samples - 1 - i) / (double) fade);
            double value = AMPLITUDE * envelope * Math.sin(2 * Math.PI * FREQUENCY_HZ * i / rate);
            short sample = (short) Math.round(value * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }
}
