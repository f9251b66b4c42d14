package org.ledgerline.ivr.prompt;

import javax.sound.sampled.AudioFormat;

/**
 * Text-to-speech for prompt generation: turns a catalog text into telephone-quality audio. The
 * port lets {@link PromptGenerator} be tested without a voice and lets a better engine replace
 * FreeTTS later.
 */
public interface SpeechSynthesizer {

    /** What Asterisk plays without transcoding from a {@code .wav}: 8 kHz, 16-bit signed, mono, little-endian. */
    AudioFormat TELEPHONY_FORMAT = new AudioFormat(8000f, 16, 1, true, false);

    /** Names the engine and voice; part of each prompt's fingerprint, so changing voice regenerates audio. */
    String voiceId();

    /** Speaks {@code text} and returns raw PCM samples in {@link #TELEPHONY_FORMAT}. */
    byte[] synthesize(String text);
}
