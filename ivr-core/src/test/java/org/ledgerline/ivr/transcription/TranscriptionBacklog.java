package org.ledgerline.ivr.transcription;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.ledgerline.ivr.prompt.SpeechSynthesizer;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.NewCallRecording;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.contact.GateVerdict;

/**
 * Bench-only tool: gives a running node a transcription backlog, so AGI turnaround can be measured
 * while its workers decode ({@code ledgerline bench} against the node, README "Transcription
 * benchmarks"). {@code seed} writes generated two-leg collector calls (phone-line speech of
 * {@link TranscriptionSpeechBench#SENTENCES} in the flite voices, alternating collector and customer,
 * laid out as MixMonitor writes its {@code r()} and {@code t()} files) into the node's
 * {@code recordings.dir}, registers them in its ledger as {@code CallRecorder} does and queues their
 * jobs. {@code status} prints the queue: jobs per state and, of the jobs done, their audio and when the
 * first and the last one finished, so a run can show the workers were decoding throughout its window.
 *
 * <pre>
 * java ... TranscriptionBacklog seed   jdbc:postgresql://localhost:15432/postgres /abs/recordings 50
 * java ... TranscriptionBacklog status jdbc:postgresql://localhost:15432/postgres
 * </pre>
 *
 * The embedded database's user is {@code postgres} (local trust); other databases: system properties
 * {@code db.user} and {@code db.password}.
 */
public final class TranscriptionBacklog {
    private static final int BYTES_PER_MS = 16; // 8 kHz, 16-bit, mono
    private static final int MIN_CALL_MS = 30_000;
    private static final int MAX_CALL_MS = 60_000;

    private TranscriptionBacklog() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !((args[0].equals("seed") && args.length == 4) || args[0].equals("status"))) {
            System.err.println("usage: TranscriptionBacklog seed <jdbc-url> <recordings-dir> <calls>"
                    + " | status <jdbc-url>");
            System.exit(2);
        }
        LedgerSettings settings = new LedgerSettings(args[1], System.getProperty("db.user", "postgres"),
                System.getProperty("db.password", "postgres"), 2, Duration.ofSeconds(5));
        try (Ledger ledger = Ledger.open(settings)) {
            if (args[0].equals("seed")) {
                seed(ledger, Path.of(args[2]).toAbsolutePath(), Integer.parseInt(args[3]));
            }
            status(ledger);
        }
    }

    private static void seed(Ledger ledger, Path recordingsDir, int calls) throws IOException {
        PhoneLineVoices.requireTools();
        Files.createDirectories(recordingsDir);
        List<byte[]> collectorLines = sentences(PhoneLineVoices.FLITE_RMS, recordingsDir);
        List<byte[]> customerLines = sentences(PhoneLineVoices.FLITE_SLT, recordingsDir);
        long collector = ledger.jdbc().queryOne("bench: a collector",
                "select user_id from user_roles where role = 'collector' order by user_id limit 1",
                row -> row.getLong(1));
        long account = ledger.jdbc().queryOne("bench: an account", "select id from accounts order by id limit 1",
                row -> row.getLong(1));
        long customer = ledger.jdbc().queryOne("bench: its customer", "select customer_id from accounts where id = ?",
                row -> row.getLong(1), account);
        Random random = new Random(10);
        String run = Long.toString(System.currentTimeMillis() / 1000);
        long audioMs = 0;
        for (int i = 0; i < calls; i++) {
            int lengthMs = MIN_CALL_MS + random.nextInt(MAX_CALL_MS - MIN_CALL_MS + 1);
            byte[][] legs = conversation(collectorLines, customerLines, lengthMs, random);
            String ref = "bench-" + run + "." + i;
            Instant start = Instant.now().minusMillis(lengthMs + 5_000L);
            CollectorCall call = ledger.collectorCalls().record(new NewCollectorCall(ref, collector, customer, account,
                    "PJSIP/2001", "2125550101", GateVerdict.allow(), true, ref, ref, null, start));
            for (RecordingLeg leg : RecordingLeg.values()) {
                String file = "collector-" + ref + "-" + leg.name().toLowerCase(Locale.ROOT) + ".wav";
                CallRecording registered = ledger.callRecordings().register(new NewCallRecording(call.id(), leg, file,
                        start));
                byte[] pcm = switch (leg) {
                    case COLLECTOR -> legs[0];
                    case CUSTOMER -> legs[1];
                    case MIX -> mix(legs[0], legs[1]);
                };
                Path written = recordingsDir.resolve(file);
                writeWav(pcm, written);
                ledger.callRecordings().recordFile(registered.id(), start.plusMillis(lengthMs), Files.size(written));
            }
            ledger.transcriptionJobs().enqueueCollectorCall(call.id());
            audioMs += 2L * lengthMs;
        }
        System.out.printf(Locale.ROOT, "queued %d two-leg calls, %.0f s of leg audio to transcribe%n", calls,
                audioMs / 1000.0);
    }

    /** Each sentence spoken by {@code voice} over a phone line, as raw 8 kHz PCM. */
    private static List<byte[]> sentences(PhoneLineVoices voice, Path scratch) throws IOException {
        List<byte[]> pcm = new ArrayList<>();
        for (String sentence : TranscriptionSpeechBench.SENTENCES) {
            Path wav = voice.speak(sentence, Files.createTempFile(scratch, "sentence-", ".wav"));
            try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
                pcm.add(audio.readAllBytes());
            } catch (UnsupportedAudioFileException e) {
                throw new IOException(wav + " is not a WAV file", e);
            } finally {
                Files.delete(wav);
            }
        }
        return pcm;
    }

    /** Both legs of one call: the collector and the customer take turns, each leg silent while the other talks. */
    private static byte[][] conversation(List<byte[]> collectorLines, List<byte[]> customerLines, int lengthMs,
            Random random) {
        byte[][] legs = {new byte[lengthMs * BYTES_PER_MS], new byte[lengthMs * BYTES_PER_MS]};
        int at = 500 * BYTES_PER_MS;
        for (int turn = 0;; turn++) {
            List<byte[]> lines = turn % 2 == 0 ? collectorLines : customerLines;
            byte[] line = lines.get(random.nextInt(lines.size()));
            if (at + line.length > legs[0].length) {
                return legs;
            }
            System.arraycopy(line, 0, legs[turn % 2], at, line.length);
            at += line.length + (400 + random.nextInt(800)) * BYTES_PER_MS;
        }
    }

    private static void writeWav(byte[] pcm, Path file) throws IOException {
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm),
                SpeechSynthesizer.TELEPHONY_FORMAT, pcm.length / 2)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    private static byte[] mix(byte[] a, byte[] b) {
        byte[] mixed = new byte[a.length];
        for (int i = 0; i + 1 < a.length; i += 2) {
            int sample = (short) ((a[i] & 0xff) | (a[i + 1] << 8)) + (short) ((b[i] & 0xff) | (b[i + 1] << 8));
            short clipped = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
            mixed[i] = (byte) clipped;
            mixed[i + 1] = (byte) (clipped >> 8);
        }
        return mixed;
    }

    private static void status(Ledger ledger) {
        ledger.jdbc().query("bench: jobs per state", """
                select status, count(*) as jobs, coalesce(sum(audio_ms), 0) as audio_ms,
                       min(finished_at) as first_finished, max(finished_at) as last_finished,
                       max(updated_at) as last_update
                from transcription_jobs group by status order by status
                """, row -> String.format(Locale.ROOT, "%-7s jobs %4d  audio %8.1f s  first finished %s  last"
                + " finished %s  last update %s", row.getString("status"), row.getLong("jobs"),
                row.getLong("audio_ms") / 1000.0, row.getObject("first_finished"), row.getObject("last_finished"),
                row.getObject("last_update"))).forEach(System.out::println);
        System.out.println("now " + Instant.now());
    }
}
