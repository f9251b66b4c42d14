package org.ledgerline.ivr.transcription;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Speech to text: audio in, utterances with timed, scored words out. One engine is shared by every
 * worker of a node, so implementations are thread-safe (each call keeps its own decoding state).
 */
public interface TranscriptionEngine {

    /** Engine and model, stored with each transcript (e.g. {@code vosk/model-en-us}). */
    String name();

    /** The language of the model, e.g. {@code en}. */
    String language();

    /**
     * Transcribes a WAV file (16-bit signed little-endian PCM, mono, any sample rate; Asterisk's
     * {@code wav} format is 8 kHz).
     *
     * @param progress told how much audio is done, now and then
     * @throws UnreadableAudioException the file is not such a WAV file, or cannot be read
     */
    Recognition transcribe(Path wavFile, Progress progress);

    /**
     * Transcribes raw PCM (16-bit signed little-endian, mono) read from {@code pcm} until its end.
     *
     * @throws UnreadableAudioException the stream failed
     */
    Recognition transcribe(InputStream pcm, float sampleRateHz, Progress progress);

    /** Told how far a transcription got. */
    @FunctionalInterface
    interface Progress {
        /** No one is listening. */
        Progress NONE = (doneMs, totalMs) -> {};

        /**
         * Reports progress.
         *
         * @param doneMs audio decoded so far
         * @param totalMs the whole audio's length, or -1 when unknown (a stream)
         */
        void at(int doneMs, int totalMs);
    }
}
