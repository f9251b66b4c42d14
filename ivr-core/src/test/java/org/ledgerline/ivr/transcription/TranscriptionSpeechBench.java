package org.ledgerline.ivr.transcription;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Word error rate, real-time factor and throughput of the speech model a node uses, on 24 fixed
 * collection-call sentences (promises with amounts and dates, disputes, balances, months, a name)
 * spoken by three text-to-speech voices over a phone line at 8 kHz ({@link PhoneLineVoices}), decoded by
 * the project's {@link VoskTranscriptionEngine}.
 *
 * <ul>
 *   <li>WER: word-level Levenshtein on normalised text ({@link WordErrorRate}), per voice and overall
 *       (all errors ÷ all reference words).
 *   <li>Real-time factor per core: clips decoded one at a time on one thread; the decoding thread's CPU
 *       time (Vosk decodes on the calling thread) and its wall time, each ÷ the audio's length.
 *   <li>Throughput: every clip decoded by N threads sharing the engine (the node's workers share one
 *       model the same way), audio seconds per wall second.
 * </ul>
 *
 * Run from the repository root (see the README, "Transcription benchmarks"): {@code java ...
 * TranscriptionSpeechBench [threads, e.g. 1,2] [model dir; empty = the bundled model]}.
 */
public final class TranscriptionSpeechBench {
    /** The bundled model is unpacked here (relative to the repository root) unless a model dir is given. */
    static final Path BENCH_DATA_DIR = Path.of("ivr-core", "target", "speech-model");

    static final List<String> SENTENCES = List.of(
            "Hello, this is John from the accounts team calling about your overdue invoice.",
            "Your current balance is four hundred and twenty dollars.",
            "I can pay two hundred dollars on Friday.",
            "I will pay the rest on the fifth of March.",
            "The payment of one hundred and fifty dollars was due on January tenth.",
            "I never received that invoice, so I dispute the charge.",
            "We sent a reminder in November and again in December.",
            "Can you confirm your date of birth, please?",
            "I lost my job last month and I cannot pay right now.",
            "I can make a payment of seventy five dollars tomorrow.",
            "The account will be passed to a collection agency at the end of April.",
            "I already paid three hundred dollars in February.",
            "Would you like to set up a payment plan?",
            "I can send fifty dollars every week starting next Monday.",
            "The invoice from September says six hundred dollars, but I ordered less.",
            "Please call me back on Wednesday afternoon.",
            "I promise to pay the full balance by the end of June.",
            "We have no record of a payment in October.",
            "My name is Sarah Thompson and my account number ends in four seven.",
            "I want to speak to a manager about this dispute.",
            "The late fee of twenty five dollars will be removed if you pay today.",
            "I get paid on the fifteenth, so I can pay one thousand dollars then.",
            "Is there any way to lower the monthly payment?",
            "Thank you for your payment of two hundred dollars, have a nice day.");

    /** One spoken sentence on disk. */
    record Clip(PhoneLineVoices voice, String text, Path wav) {}

    private TranscriptionSpeechBench() {}

    public static void main(String[] args) throws Exception {
        List<Integer> threadCounts = args.length > 0
                ? java.util.regex.Pattern.compile(",").splitAsStream(args[0]).map(String::strip).map(Integer::parseInt)
                        .toList()
                : List.of(1, 2);
        String modelDir = args.length > 1 ? args[1] : "";
        PhoneLineVoices.requireTools();
        System.out.println("load average at start: " + loadAverage());
        Path dir = Files.createTempDirectory("ledgerline-speech-bench-");
        List<Clip> clips = speak(SENTENCES, dir);
        System.out.printf(Locale.ROOT, "%d sentences x %d voices = %d clips, 8 kHz 16-bit mono, in %s%n",
                SENTENCES.size(), PhoneLineVoices.values().length, clips.size(), dir);
        try (VoskTranscriptionEngine engine = VoskTranscriptionEngine.load(SpeechModels.locate(modelDir,
                BENCH_DATA_DIR))) {
            System.out.println("engine " + engine.name());
            engine.transcribe(clips.getFirst().wav(), TranscriptionEngine.Progress.NONE); // warm-up
            accuracyAndRealTimeFactor(engine, clips);
            for (int threads : threadCounts) {
                throughput(engine, clips, threads);
            }
        }
        System.out.println("load average at end: " + loadAverage());
    }

    /** Every sentence in every voice, as 8 kHz phone-line WAVs in {@code dir}. */
    static List<Clip> speak(List<String> sentences, Path dir) throws IOException {
        List<Clip> clips = new ArrayList<>();
        for (PhoneLineVoices voice : PhoneLineVoices.values()) {
            for (int i = 0; i < sentences.size(); i++) {
                Path wav = voice.speak(sentences.get(i), dir.resolve(voice.name().toLowerCase(Locale.ROOT) + "-" + i
                        + ".wav"));
                clips.add(new Clip(voice, sentences.get(i), wav));
            }
        }
        return clips;
    }

    /** The words the engine heard in a clip, utterances joined. */
    static String heard(Recognition recognition) {
        return recognition.utterances().stream().flatMap(u -> u.words().stream()).map(RecognizedWord::text)
                .collect(Collectors.joining(" "));
    }

    private static void accuracyAndRealTimeFactor(VoskTranscriptionEngine engine, List<Clip> clips) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String before = loadAverage();
        List<String> rows = new ArrayList<>();
        long allErrors = 0;
        long allWords = 0;
        long allAudio = 0;
        long allCpu = 0;
        long allWall = 0;
        for (PhoneLineVoices voice : PhoneLineVoices.values()) {
            long errors = 0;
            long words = 0;
            long audioMs = 0;
            long cpuNs = 0;
            long wallNs = 0;
            for (Clip clip : clips) {
                if (clip.voice() != voice) {
                    continue;
                }
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                Recognition recognition = engine.transcribe(clip.wav(), TranscriptionEngine.Progress.NONE);
                wallNs += System.nanoTime() - wall0;
                cpuNs += threads.getCurrentThreadCpuTime() - cpu0;
                audioMs += recognition.audioMs();
                List<String> reference = WordErrorRate.words(clip.text());
                String heard = heard(recognition);
                int wrong = WordErrorRate.errors(reference, WordErrorRate.words(heard));
                errors += wrong;
                words += reference.size();
                if (wrong > 0) {
                    System.out.printf(Locale.ROOT, "  %-9s %d/%d  said: %s%n            heard: %s%n", voice.label(),
                            wrong, reference.size(), String.join(" ", reference), heard);
                }
            }
            rows.add(row(voice.label(), SENTENCES.size(), audioMs, words, errors, cpuNs, wallNs));
            allErrors += errors;
            allWords += words;
            allAudio += audioMs;
            allCpu += cpuNs;
            allWall += wallNs;
        }
        rows.add(row("**all**", clips.size(), allAudio, allWords, allErrors, allCpu, allWall));
        System.out.println("load average during accuracy pass: " + before + " -> " + loadAverage());
        System.out.println("| voice | clips | audio s | reference words | errors | WER | RTF (CPU, 1 thread) |"
                + " RTF (wall, 1 thread) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String row(String label, int clips, long audioMs, long words, long errors, long cpuNs,
            long wallNs) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %.1f %% | %.3f | %.3f |", label, clips,
                audioMs / 1000.0, words, errors, 100.0 * errors / words, cpuNs / 1e6 / audioMs,
                wallNs / 1e6 / audioMs);
    }

    private static void throughput(VoskTranscriptionEngine engine, List<Clip> clips, int threads) throws Exception {
        String before = loadAverage();
        long cpuBefore = processCpuNs();
        long start = System.nanoTime();
        long audioMs = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Recognition>> results = new ArrayList<>();
            for (Clip clip : clips) {
                results.add(pool.submit(() -> engine.transcribe(clip.wav(), TranscriptionEngine.Progress.NONE)));
            }
            for (Future<Recognition> result : results) {
                audioMs += result.get().audioMs();
            }
        }
        double wallS = (System.nanoTime() - start) / 1e9;
        double cpuS = (processCpuNs() - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "throughput, %d thread(s): %.1f s of audio in %.1f s wall = %.2f audio s per"
                + " wall s (process CPU %.1f s, %.2f cores busy); load average %s -> %s%n", threads, audioMs / 1000.0,
                wallS, audioMs / 1000.0 / wallS, cpuS, cpuS / wallS, before, loadAverage());
    }

    private static long processCpuNs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The 1-, 5- and 15-minute load averages, from /proc/loadavg. */
    static String loadAverage() {
        try {
            List<String> fields = java.util.regex.Pattern.compile(" ")
                    .splitAsStream(Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)).toList();
            return String.join(" ", fields.subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
