package org.ledgerline.ivr.transcription.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.transcription.PhoneLineVoices;
import org.ledgerline.ivr.transcription.Recognition;
import org.ledgerline.ivr.transcription.RecognizedWord;
import org.ledgerline.ivr.transcription.SpeechModels;
import org.ledgerline.ivr.transcription.SpokenPromise;
import org.ledgerline.ivr.transcription.TranscriptionEngine;
import org.ledgerline.ivr.transcription.VoskTranscriptionEngine;
import org.ledgerline.ivr.transcription.WordErrorRate;
import org.ledgerline.ivr.transcription.text.SpokenPromiseBench.Labelled;

/**
 * The spoken-promise rules measured on generated calls: the held-out sentences of
 * {@link SpokenPromiseBench} (without its imitated recognition noise: 20 promises, 25 not) spoken by
 * three text-to-speech voices over an 8 kHz phone line ({@link PhoneLineVoices}), recognised by the
 * bundled Vosk model, then annotated by {@link RuleBasedSegmentAnnotator} from what Vosk heard. Prints
 * precision and recall of "is a promise" and amount-and-date accuracy, per voice and for the text as
 * written. Run from the repository root (see the README, "Transcription benchmarks").
 */
public final class SpokenPromiseSpeechBench {
    private static final Path BENCH_DATA_DIR = Path.of("ivr-core", "target", "speech-model");

    private SpokenPromiseSpeechBench() {}

    /** Counts of one row of the report. */
    private static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int exactFacts;
        long wordErrors;
        long referenceWords;

        void add(Labelled row, @Nullable SpokenPromise found, String source) {
            if (found != null && row.promise()) {
                truePositives++;
                if (SpokenPromiseBench.sameFacts(found, row)) {
                    exactFacts++;
                } else {
                    System.out.println("  " + source + " wrong facts: " + row.words() + " -> " + found);
                }
            } else if (found != null) {
                falsePositives++;
                System.out.println("  " + source + " false promise: " + row.words() + " -> " + found);
            } else if (row.promise()) {
                falseNegatives++;
                System.out.println("  " + source + " missed: " + row.words());
            }
        }

        void merge(Score other) {
            truePositives += other.truePositives;
            falsePositives += other.falsePositives;
            falseNegatives += other.falseNegatives;
            exactFacts += other.exactFacts;
            wordErrors += other.wordErrors;
            referenceWords += other.referenceWords;
        }

        String line(String label) {
            String wer = referenceWords == 0
                    ? "0 (text)"
                    : String.format(Locale.ROOT, "%.1f %%",
                            100.0 * wordErrors / referenceWords);
            return String.format(Locale.ROOT, "| %s | %s | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) |", label, wer,
                    SpokenPromiseBench.ratio(truePositives, truePositives + falsePositives), truePositives,
                    truePositives + falsePositives,
                    SpokenPromiseBench.ratio(truePositives, truePositives + falseNegatives), truePositives,
                    truePositives + falseNegatives, SpokenPromiseBench.ratio(exactFacts, truePositives), exactFacts,
                    truePositives);
        }
    }

    public static void main(String[] args) throws Exception {
        String modelDir = args.length > 0 ? args[0] : "";
        PhoneLineVoices.requireTools();
        List<Labelled> rows = SpokenPromiseBench.WITHOUT_SIMULATED_NOISE;
        RuleBasedSegmentAnnotator annotator = new RuleBasedSegmentAnnotator();
        System.out.println("load average at start: " + loadAverage());
        Score text = new Score();
        for (Labelled row : rows) {
            text.add(row, annotator.annotate(row.words(), SpokenPromiseBench.SPOKEN_ON).promise(), "text");
        }
        List<String> lines = new ArrayList<>();
        Score all = new Score();
        Path dir = Files.createTempDirectory("ledgerline-promise-speech-");
        try (VoskTranscriptionEngine engine = VoskTranscriptionEngine.load(SpeechModels.locate(modelDir,
                BENCH_DATA_DIR))) {
            for (PhoneLineVoices voice : PhoneLineVoices.values()) {
                Score score = new Score();
                for (int i = 0; i < rows.size(); i++) {
                    Labelled row = rows.get(i);
                    Path wav = voice.speak(row.words(), dir.resolve(voice.name().toLowerCase(Locale.ROOT) + "-" + i
                            + ".wav"));
                    String heard = heard(engine.transcribe(wav, TranscriptionEngine.Progress.NONE));
                    SpokenPromise found = annotator.annotate(heard, SpokenPromiseBench.SPOKEN_ON).promise();
                    List<String> reference = WordErrorRate.words(row.words());
                    int errors = WordErrorRate.errors(reference, WordErrorRate.words(heard));
                    score.wordErrors += errors;
                    score.referenceWords += reference.size();
                    score.add(row, found, voice.label() + " (heard \"" + heard + "\")");
                }
                all.merge(score);
                lines.add(score.line(voice.label() + ", after recognition"));
            }
        }
        System.out.printf(Locale.ROOT, "%d sentences (%d promises), call on %s; load average at end: %s%n",
                rows.size(), rows.stream().filter(Labelled::promise).count(), SpokenPromiseBench.SPOKEN_ON,
                loadAverage());
        System.out.println("| input | WER | precision | recall | amount and date exact, of promises found |");
        System.out.println("|---|---|---|---|---|");
        System.out.println(text.line("text as written"));
        lines.forEach(System.out::println);
        System.out.println(all.line("**all voices, after recognition**"));
    }

    private static String heard(Recognition recognition) {
        return String.join(" ", recognition.utterances().stream().flatMap(u -> u.words().stream())
                .map(RecognizedWord::text).toList());
    }

    private static String loadAverage() {
        try {
            List<String> fields = java.util.regex.Pattern.compile(" ")
                    .splitAsStream(Files.readString(Path.of("/proc/loadavg"))).toList();
            return String.join(" ", fields.subList(0, 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
