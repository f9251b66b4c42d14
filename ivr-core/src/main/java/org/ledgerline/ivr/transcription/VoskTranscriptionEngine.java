package org.ledgerline.ivr.transcription;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * The {@link TranscriptionEngine} over Vosk (Kaldi) through its Java API. The model is loaded once
 * (hundreds of MB, seconds) and shared: Vosk's model is thread-safe, and every transcription has its
 * own {@link Recognizer}. Close it when the node stops.
 */
public final class VoskTranscriptionEngine implements TranscriptionEngine, AutoCloseable {
    /** Bytes fed to the recogniser at a time: 0.25 s of 8 kHz 16-bit audio. */
    private static final int CHUNK_BYTES = 4000;
    private static final JsonFactory JSON = new JsonFactory();

    private final Model model;
    private final String name;

    private VoskTranscriptionEngine(Model model, String name) {
        this.model = model;
        this.name = name;
    }

    /**
     * Loads the model in {@code modelDir} (see {@link SpeechModels#locate}).
     *
     * @throws SpeechModelUnavailableException Vosk could not load it
     */
    public static VoskTranscriptionEngine load(Path modelDir) {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        try {
            return new VoskTranscriptionEngine(new Model(modelDir.toString()),
                    "vosk/" + modelDir.getFileName());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            throw new SpeechModelUnavailableException("transcription.modelDir=" + modelDir
                    + ": Vosk could not load the model there (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). It must be an unpacked Vosk model directory (am/final.mdl, conf/mfcc.conf, conf/model.conf,"
                    + " graph/). Transcription is off on this node; jobs stay QUEUED.", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public Recognition transcribe(Path wavFile, Progress progress) {
        String shown = String.valueOf(wavFile.getFileName());
        try (InputStream file = new BufferedInputStream(Files.newInputStream(wavFile));
                AudioInputStream audio = AudioSystem.getAudioInputStream(file)) {
            AudioFormat format = audio.getFormat();
            if (!AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding()) || format.getSampleSizeInBits() != 16
                    || format.getChannels() != 1 || format.isBigEndian()) {
                throw new UnreadableAudioException(shown + " is " + format + "; expected 16-bit signed"
                        + " little-endian mono PCM");
            }
            long frames = audio.getFrameLength();
            int totalMs = frames < 0 ? -1 : (int) (frames * 1000 / (long) format.getSampleRate());
            return decode(audio, format.getSampleRate(), totalMs, progress, shown);
        } catch (UnsupportedAudioFileException notWav) {
            throw new UnreadableAudioException(shown + " is not a WAV file the engine can read", notWav);
        } catch (IOException e) {
            throw new UnreadableAudioException(shown + " could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public Recognition transcribe(InputStream pcm, float sampleRateHz, Progress progress) {
        try {
            return decode(pcm, sampleRateHz, -1, progress, "the audio stream");
        } catch (IOException e) {
            throw new UnreadableAudioException("the audio stream failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Recognition decode(InputStream pcm, float sampleRate, int totalMs, Progress progress, String shown)
            throws IOException {
        List<RecognizedUtterance> utterances = new ArrayList<>();
        long bytes = 0;
        try (Recognizer recognizer = new Recognizer(model, sampleRate)) {
            recognizer.setWords(true);
            byte[] buffer = new byte[CHUNK_BYTES];
            int lastReportedMs = 0;
            for (int read = pcm.readNBytes(buffer, 0, buffer.length); read > 0; read = pcm.readNBytes(buffer, 0,
                    buffer.length)) {
                int usable = read - read % 2;
                bytes += usable;
                if (recognizer.acceptWaveForm(buffer, usable)) {
                    utterance(recognizer.getResult()).ifPresent(utterances::add);
                }
                int doneMs = millis(bytes, sampleRate);
                if (doneMs - lastReportedMs >= 5_000) {
                    progress.at(doneMs, totalMs);
                    lastReportedMs = doneMs;
                }
            }
            utterance(recognizer.getFinalResult()).ifPresent(utterances::add);
        } catch (IOException recognizerRefused) {
            throw new UnreadableAudioException("the engine refused " + shown + " at " + sampleRate + " Hz",
                    recognizerRefused);
        }
        int audioMs = millis(bytes, sampleRate);
        progress.at(audioMs, totalMs < 0 ? audioMs : totalMs);
        return new Recognition(utterances, audioMs);
    }

    private static int millis(long bytes, float sampleRate) {
        return (int) (bytes / 2 * 1000 / (long) sampleRate);
    }

    /**
     * One result of Vosk with words on: {@code {"result": [{"conf": 1.0, "end": 1.02, "start": 0.6,
     * "word": "hello"}, ...], "text": "hello ..."}}; {@code {"text": ""}} when nothing was said.
     */
    static java.util.Optional<RecognizedUtterance> utterance(String json) throws IOException {
        List<RecognizedWord> words = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a Vosk result is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("result".equals(field) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        words.add(word(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new RecognizedUtterance(words));
    }

    private static RecognizedWord word(JsonParser parser) throws IOException {
        String text = "";
        double start = 0;
        double end = 0;
        double confidence = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "word" -> text = parser.getValueAsString("");
                case "start" -> start = parser.getValueAsDouble();
                case "end" -> end = parser.getValueAsDouble();
                case "conf" -> confidence = parser.getValueAsDouble();
                default -> parser.skipChildren();
            }
        }
        int startMs = (int) Math.round(start * 1000);
        return new RecognizedWord(text, startMs, Math.max(startMs, (int) Math.round(end * 1000)), confidence);
    }

    @Override
    public void close() {
        model.close();
    }
}
