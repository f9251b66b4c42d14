package org.ledgerline.ivr.recording;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.CallOutcome;
import org.ledgerline.ivr.prompt.SpeechSynthesizer;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.NewCallRecording;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CustomerPhone;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.promise.NewPromise;
import org.ledgerline.storage.user.BackOfficeUser;

/**
 * A few recorded demo collector calls, so a fresh demo start has something to transcribe and search:
 * each call's collector and customer legs (and their mix) are spoken at first start and written as
 * MixMonitor would ({@code <ref>-collector.wav}, {@code -customer.wav}, {@code -mix.wav} in the
 * recordings directory), registered like {@code collector/CallRecorder} registers a real call, and
 * queued for transcription. One customer promises to pay and the collector logs it; one promises and
 * nobody logs it (the reconciliation report's finding); one keys a card during a recording pause
 * whose words are in the file but must never reach the transcript.
 *
 * <p>The calls go on accounts whose gate outcome they do not change (one already had a conversation
 * this week, one has an attorney) and write no call attempt, so the demo's compliance cases stay as
 * the README tells them.
 *
 * <p>Both legs use FreeTTS's one voice ({@code kevin}); the speakers take turns, so each leg holds its
 * own sentences and silence while the other speaks. A call already registered is left alone, and
 * only missing files are spoken again.
 */
public final class DemoCollectorCalls {
    private static final int BYTES_PER_MS = 16; // 8,000 samples/s, 2 bytes each
    private static final int LEAD_MS = 500;
    private static final int GAP_MS = 700;
    private static final int TAIL_MS = 1_000;
    /** How long a card capture is paused around the keyed words, before and after them. */
    private static final int PAUSE_MARGIN_MS = 300;

    /** One sentence: who says it and whether it is keyed while the recording is paused. */
    public record Line(RecordingLeg leg, String text, boolean paused) {
        static Line collector(String text) {
            return new Line(RecordingLeg.COLLECTOR, text, false);
        }

        static Line customer(String text) {
            return new Line(RecordingLeg.CUSTOMER, text, false);
        }

        static Line cardDigits(String text) {
            return new Line(RecordingLeg.CUSTOMER, text, true);
        }
    }

    /**
     * One demo call.
     *
     * @param loggedPromise the amount the collector logged as a promise for the Friday after the call,
     *     or null when nothing was logged
     */
    public record DemoCall(String ref, String collector, String accountNumber, int daysAgo, LocalTime localTime,
            List<Line> lines, @Nullable BigDecimal loggedPromise) {}

    /** The demo calls; the README's "Transcription" section tells them. */
    public static final List<DemoCall> CALLS = List.of(
            new DemoCall("demo-collector-call-1", "collector1", "100039", 1, LocalTime.of(10, 30), List.of(
                    Line.collector("Hello, this is the accounts team about your overdue invoice."),
                    Line.customer("I can pay two hundred dollars on Friday."),
                    Line.collector("Thank you, I have noted two hundred dollars on Friday.")),
                    new BigDecimal("200.00")),
            new DemoCall("demo-collector-call-2", "collector1", "100039", 1, LocalTime.of(15, 45), List.of(
                    Line.collector("Hello, this is the accounts team calling about your account."),
                    Line.customer("I will pay three hundred dollars on Monday."),
                    Line.collector("Thank you, goodbye.")),
                    null),
            new DemoCall("demo-collector-call-3", "collector2", "100043", 2, LocalTime.of(14, 0), List.of(
                    Line.collector("Hello, this is the accounts team about your balance."),
                    // Paying now, not promising: this call shows the card-capture pause, and the demo writes
                    // no payment, so a promise here would be a finding the README does not tell.
                    Line.customer("I would like to pay by card."),
                    Line.cardDigits("Four one one one, four one one one."),
                    Line.customer("Thank you, goodbye.")),
                    null));

    /** Each call's layout once spoken in this JVM: FreeTTS says the same words the same way. */
    private static final Map<String, Spoken> LAYOUTS = new ConcurrentHashMap<>();

    private final Ledger ledger;
    private final Path recordingsDirectory;
    private final Supplier<SpeechSynthesizer> voice;
    private @Nullable SpeechSynthesizer speaker;

    /** {@code voice} is asked for only when something must be spoken: loading a voice takes a while. */
    public DemoCollectorCalls(Ledger ledger, Path recordingsDirectory, Supplier<SpeechSynthesizer> voice) {
        this.ledger = ledger;
        this.recordingsDirectory = recordingsDirectory;
        this.voice = voice;
    }

    /**
     * Writes each demo call whose files or ledger rows are missing; returns the refs of the calls it
     * registered. Nothing is registered before the demo collectors and their accounts exist.
     */
    public List<String> writeMissing(LocalDate today) throws IOException {
        List<String> registered = new ArrayList<>();
        for (DemoCall call : CALLS) {
            Optional<BackOfficeUser> collector = ledger.users().findByUsername(call.collector());
            Optional<Account> account = ledger.accounts().findByAccountNumber(call.accountNumber());
            if (collector.isEmpty() || account.isEmpty()) {
                continue;
            }
            boolean known = ledger.collectorCalls().findByIdempotencyKey(call.ref()).isPresent();
            if (known && filesPresent(call)) {
                continue;
            }
            Spoken cached = LAYOUTS.get(call.ref());
            Spoken spoken = cached != null && filesPresent(call) ? cached : speak(call);
            LAYOUTS.put(call.ref(), spoken);
            if (!known) {
                register(call, spoken, collector.get(), account.get(), today);
                registered.add(call.ref());
            }
        }
        return List.copyOf(registered);
    }

    /** The file of a leg, relative to the recordings directory, as CallRecorder names it. */
    public static String fileOf(DemoCall call, RecordingLeg leg) {
        return call.ref() + "-" + leg.name().toLowerCase(Locale.ROOT) + ".wav";
    }

    private boolean filesPresent(DemoCall call) {
        for (RecordingLeg leg : RecordingLeg.values()) {
            if (!Files.isRegularFile(recordingsDirectory.resolve(fileOf(call, leg)))) {
                return false;
            }
        }
        return true;
    }

    /** The call's audio: how long each leg is, and where the card digits were keyed (-1: none). */
    private record Spoken(int audioMs, int pausedFromMs, int resumedAtMs) {}

    private Spoken speak(DemoCall call) throws IOException {
        if (speaker == null) {
            speaker = voice.get();
        }
        List<byte[]> speech = new ArrayList<>();
        int totalMs = LEAD_MS;
        for (Line line : call.lines()) {
            byte[] pcm = speaker.synthesize(line.text());
            speech.add(pcm);
            totalMs += pcm.length / BYTES_PER_MS + GAP_MS;
        }
        totalMs += TAIL_MS;
        byte[] collector = new byte[totalMs * BYTES_PER_MS];
        byte[] customer = new byte[totalMs * BYTES_PER_MS];
        int atMs = LEAD_MS;
        int pausedFrom = -1;
        int resumedAt = -1;
        for (int i = 0; i < call.lines().size(); i++) {
            Line line = call.lines().get(i);
            byte[] pcm = speech.get(i);
            System.arraycopy(pcm, 0, line.leg() == RecordingLeg.COLLECTOR ? collector : customer,
                    atMs * BYTES_PER_MS, pcm.length);
            int lengthMs = pcm.length / BYTES_PER_MS;
            if (line.paused()) {
                pausedFrom = atMs - PAUSE_MARGIN_MS;
                resumedAt = atMs + lengthMs + PAUSE_MARGIN_MS;
            }
            atMs += lengthMs + GAP_MS;
        }
        byte[] mix = mix(collector, customer);
        DemoRecordingAudio.write(recordingsDirectory.resolve(fileOf(call, RecordingLeg.COLLECTOR)), collector);
        DemoRecordingAudio.write(recordingsDirectory.resolve(fileOf(call, RecordingLeg.CUSTOMER)), customer);
        DemoRecordingAudio.write(recordingsDirectory.resolve(fileOf(call, RecordingLeg.MIX)), mix);
        return new Spoken(totalMs, pausedFrom, resumedAt);
    }

    /** Sums two 16-bit little-endian legs sample by sample, clipped, as MixMonitor's mix is. */
    static byte[] mix(byte[] first, byte[] second) {
        byte[] sum = new byte[first.length];
        for (int i = 0; i + 1 < sum.length; i += 2) {
            int a = (short) ((first[i] & 0xff) | (first[i + 1] << 8));
            int b = (short) ((second[i] & 0xff) | (second[i + 1] << 8));
            int s = Math.clamp(a + b, Short.MIN_VALUE, Short.MAX_VALUE);
            sum[i] = (byte) s;
            sum[i + 1] = (byte) (s >> 8);
        }
        return sum;
    }

    /** The ledger's side, in one transaction: as the gate and CallRecorder would have written it. */
    private void register(DemoCall call, Spoken spoken, BackOfficeUser collector, Account account, LocalDate today) {
        ZoneId zone = ledger.customers().findById(account.customerId()).orElseThrow().timeZone();
        LocalDate day = today.minusDays(call.daysAgo());
        Instant started = day.atTime(call.localTime()).atZone(zone).toInstant();
        Instant answered = started.plusSeconds(12);
        Instant recordingStarted = answered;
        int audioMs = spoken.audioMs();
        Instant ended = recordingStarted.plusMillis(audioMs);
        String number = ledger.contactDetails().phonesOf(account.customerId()).stream().findFirst()
                .map(CustomerPhone::phoneNumber).orElse("5550100");
        String endpoint = collector.endpoint().orElse(null);
        String channel = (endpoint == null ? "PJSIP/demo" : endpoint) + "-" + call.ref();
        ledger.inTransaction("register a demo collector call", () -> {
            ledger.calls().recordStart(call.ref(), "outbound", channel, null, "collector", started);
            ledger.calls().attachAccount(call.ref(), account.id());
            ledger.calls().recordEnd(call.ref(), ended, CallOutcome.COMPLETED.code());
            CollectorCall record = ledger.collectorCalls().record(new NewCollectorCall(call.ref(), collector.id(),
                    account.customerId(), account.id(), endpoint, number, GateVerdict.allow(), true, null, null,
                    call.ref(), started));
            ledger.collectorCalls().recordAnswer(record.id(), answered);
            ledger.collectorCalls().recordEnd(record.id(), ended, AttemptDisposition.CONVERSATION);
            for (RecordingLeg leg : List.of(RecordingLeg.MIX, RecordingLeg.COLLECTOR, RecordingLeg.CUSTOMER)) {
                CallRecording registered = ledger.callRecordings().register(
                        new NewCallRecording(record.id(), leg, fileOf(call, leg), recordingStarted));
                ledger.callRecordings().recordFile(registered.id(), ended, 44L + (long) audioMs * BYTES_PER_MS);
            }
            if (spoken.pausedFromMs() >= 0) {
                String key = call.ref() + "/card-capture";
                ledger.recordingPauses().pausedCollectorCall(key, record.id(), channel,
                        recordingStarted.plusMillis(spoken.pausedFromMs()));
                ledger.recordingPauses().resumed(key, recordingStarted.plusMillis(spoken.resumedAtMs()));
            }
            if (call.loggedPromise() != null) {
                ledger.promises().record(new NewPromise(call.ref() + "/promise", account.id(), call.loggedPromise(),
                        "USD", day.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)), List.of(), call.ref()));
            }
            ledger.transcriptionJobs().enqueueCollectorCall(record.id());
            return record;
        });
    }
}
