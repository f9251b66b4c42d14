package org.ledgerline.ivr.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.NewCallRecording;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.collector.TranscriptionStatus;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingKind;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.transcription.JobStatus;
import org.ledgerline.storage.transcription.Speaker;
import org.ledgerline.storage.transcription.Transcript;
import org.ledgerline.storage.transcription.TranscriptSegment;
import org.ledgerline.storage.transcription.TranscriptionJob;

/**
 * Record → queue → transcribe against embedded PostgreSQL and the real bundled Vosk model, on two-leg
 * files laid out as MixMonitor writes them ({@code r()} the collector, {@code t()} the customer).
 */
class TranscriptionPipelineIT {
    private static final Instant START = Instant.parse("2026-12-01T15:00:00Z");
    /** Where a word lands against where its sentence was placed: the engine's timing plus TTS lead-in. */
    private static final int OFFSET_TOLERANCE_MS = 700;
    private static VoskTranscriptionEngine engine;

    @TempDir
    Path recordings;

    private Ledger ledger;
    private LedgerRows rows;
    private CollectorCall call;

    @BeforeAll
    static void loadModelOnce() {
        engine = VoskTranscriptionEngine.load(SpeechModels.locate("", TestSpeechModel.DATA_DIR));
    }

    @AfterAll
    static void closeModel() {
        engine.close();
    }

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        long collector = rows.collector("collector1");
        long customer = rows.customer("Acme", "America/New_York", "2125550101");
        long account = rows.account(customer, "100038", "hash");
        call = ledger.collectorCalls().record(new NewCollectorCall("collector-1795510200.7", collector, customer,
                account, "PJSIP/2001", "2125550101", GateVerdict.allow(), true, "1795510200.7", "1795510200.7", null,
                START));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void bothLegsAreTranscribedSeparatelyAndMergedIntoOneTimelineBySpeaker() throws IOException {
        SpokenCall spoken = new SpokenCall();
        int collectorAt = 500;
        int hello = spoken.say("collector", collectorAt, "Hello, this is the accounts team about your invoice.");
        int customerAt = collectorAt + hello + 800;
        int promise = spoken.say("customer", customerAt, "I can pay two hundred dollars on Friday.");
        int restateAt = customerAt + promise + 800;
        int restate = spoken.say("collector", restateAt, "So you will pay two hundred dollars on Friday.");
        legs(spoken, restateAt + restate + 1000);
        TranscriptionJob job = ledger.transcriptionJobs().enqueueCollectorCall(call.id());

        assertThat(workers(3).runOne("node/w1")).isTrue();

        assertThat(ledger.transcriptionJobs().findById(job.id()).orElseThrow().status()).isEqualTo(JobStatus.DONE);
        List<TranscriptSegment> segments = segments();
        assertThat(segments).extracting(TranscriptSegment::speaker)
                .containsExactly(Speaker.COLLECTOR, Speaker.CUSTOMER, Speaker.COLLECTOR);
        TranscriptSegment customer = segments.get(1);
        assertThat(customer.text()).contains("two hundred");
        assertThat(customer.startMs()).isBetween(customerAt - OFFSET_TOLERANCE_MS, customerAt + OFFSET_TOLERANCE_MS);
        assertThat(segments.get(0).startMs()).isBetween(0, collectorAt + OFFSET_TOLERANCE_MS);
        assertThat(segments.get(2).startMs())
                .isBetween(restateAt - OFFSET_TOLERANCE_MS, restateAt + OFFSET_TOLERANCE_MS);
        assertThat(customer.wordsJson()).contains("\"w\": \"hundred\"");
        assertThat(customer.callRecordingId()).isEqualTo(leg(RecordingLeg.CUSTOMER).id());
        assertThat(customer.spokenPromise()).as("the customer's own promise").isTrue();
        assertThat(customer.promiseAmount()).isEqualByComparingTo("200");
        assertThat(customer.normalized()).isEqualTo("200");
        assertThat(segments.get(2).text()).contains("two hundred");
        assertThat(segments.get(2).spokenPromise()).as("a collector restating is not the customer's promise")
                .isFalse();
        assertThat(segments.get(2).normalized()).as("normal forms for every speaker").isEqualTo("200");
        assertThat(ledger.jdbc().query("search", "select seq from transcript_segments where text like ?",
                row -> row.getInt("seq"), "%two hundred%")).hasSize(2);
        assertThat(leg(RecordingLeg.CUSTOMER).transcriptionStatus()).isEqualTo(TranscriptionStatus.DONE);
    }

    @Test
    void speechInsideACardCapturePauseNeverBecomesASegmentEvenWhenItLeakedIntoTheFile() throws IOException {
        SpokenCall spoken = new SpokenCall();
        int before = spoken.say("customer", 500, "I will pay with my card today.");
        int pausedAt = 500 + before + 600;
        int secret = spoken.say("customer", pausedAt + 300, "Four one one one, four one one one.");
        int resumedAt = pausedAt + 300 + secret + 300;
        int afterAt = resumedAt + 700;
        int after = spoken.say("customer", afterAt, "Thank you, goodbye.");
        legs(spoken, afterAt + after + 1000);
        ledger.recordingPauses().pausedCollectorCall("pause-1", call.id(), "PJSIP/2001-0001",
                START.plusMillis(pausedAt));
        ledger.recordingPauses().resumed("pause-1", START.plusMillis(resumedAt));
        ledger.transcriptionJobs().enqueueCollectorCall(call.id());

        assertThat(workers(3).runOne("node/w1")).isTrue();

        List<TranscriptSegment> segments = segments();
        assertThat(segments).extracting(TranscriptSegment::text).anySatisfy(text -> assertThat(text).contains("pay"))
                .anySatisfy(text -> assertThat(text).contains("thank"))
                .noneSatisfy(text -> assertThat(text).contains("one one"));
        assertThat(segments).allSatisfy(segment -> assertThat(
                segment.endMs() < pausedAt || segment.startMs() > resumedAt).as(segment.toString()).isTrue());
        assertThat(ledger.transcripts().transcriptOfCollectorCall(call.id()).orElseThrow().fullText())
                .doesNotContain("four one");
    }

    @Test
    void aKilledWorkersJobIsClaimedAgainAfterItsLeaseAndLandsOnce() throws Exception {
        SpokenCall spoken = new SpokenCall();
        int said = spoken.say("customer", 300, "I can pay next week.");
        legs(spoken, 300 + said + 800);
        long id = ledger.transcriptionJobs().enqueueCollectorCall(call.id()).id();
        // A worker claims the job and dies: no progress, no completion, only its lease runs out.
        assertThat(ledger.transcriptionJobs().claim("dead-node/w1", Duration.ofMillis(1))).isPresent();
        Thread.sleep(50);

        assertThat(workers(3).runOne("live-node/w1")).isTrue();
        assertThat(workers(3).runOne("live-node/w2")).as("nothing left to claim").isFalse();

        TranscriptionJob job = ledger.transcriptionJobs().findById(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(rows.count("transcripts")).isEqualTo(1);
        assertThat(segments()).extracting(TranscriptSegment::text)
                .anySatisfy(text -> assertThat(text).contains("next week"));
    }

    @Test
    void aPoisonFileIsRetriedThenParkedWithItsErrorNamingOnlyTheRelativeFile() throws Exception {
        SpokenCall spoken = new SpokenCall();
        spoken.say("collector", 300, "Hello.");
        legs(spoken, 2000);
        Files.write(recordings.resolve(legFile(RecordingLeg.CUSTOMER)),
                "RIFF garbage that is no wave file at all".repeat(40).getBytes(StandardCharsets.US_ASCII));
        long id = ledger.transcriptionJobs().enqueueCollectorCall(call.id()).id();
        TranscriptionWorkers workers = workers(2);

        assertThat(workers.runOne("node/w1")).isTrue();
        TranscriptionJob retrying = ledger.transcriptionJobs().findById(id).orElseThrow();
        assertThat(retrying.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(retrying.lastError()).contains(legFile(RecordingLeg.CUSTOMER));
        Thread.sleep(20); // the back-off of these settings is at most 2 ms
        assertThat(workers.runOne("node/w1")).isTrue();

        TranscriptionJob parked = ledger.transcriptionJobs().findById(id).orElseThrow();
        assertThat(parked.status()).isEqualTo(JobStatus.PARKED);
        assertThat(parked.attempts()).isEqualTo(2);
        assertThat(parked.lastError()).startsWith(legFile(RecordingLeg.CUSTOMER) + " is not a WAV file")
                .doesNotContain(recordings.toString());
        assertThat(workers.runOne("node/w1")).as("a parked job is not claimed").isFalse();
        assertThat(rows.count("transcripts")).isZero();
        assertThat(leg(RecordingLeg.CUSTOMER).transcriptionStatus()).isEqualTo(TranscriptionStatus.FAILED);
    }

    @Test
    void aJobWhoseFilesHaveNotArrivedWaitsWithoutSpendingAnAttempt() {
        for (RecordingLeg leg : RecordingLeg.values()) {
            ledger.callRecordings().register(new NewCallRecording(call.id(), leg, legFile(leg), START));
        }
        long id = ledger.transcriptionJobs().enqueueCollectorCall(call.id()).id();

        assertThat(workers(3).runOne("node/w1")).isTrue();

        assertThat(ledger.transcriptionJobs().findById(id).orElseThrow())
                .extracting(TranscriptionJob::status, TranscriptionJob::attempts)
                .containsExactly(JobStatus.QUEUED, 0);
    }

    @Test
    void aSelfServeRecordingIsQueuedWhenRegisteredAndTranscribedAsTheCallerLeavingOutItsPauses() throws IOException {
        SpokenCall spoken = new SpokenCall();
        int promise = spoken.say("caller", 400, "I can pay two hundred dollars on Friday.");
        int pausedAt = 400 + promise + 500;
        int secret = spoken.say("caller", pausedAt + 300, "Four one one one, four one one one.");
        int resumedAt = pausedAt + 300 + secret + 300;
        spoken.write("caller", resumedAt + 1000, recordings.resolve("desc-1.wav"));
        String callId = rows.call("1795510400.9");
        ledger.recordingPauses().pausedSelfServe(callId + "/recording-pause/1", callId, "SIP/x-1",
                START.plusMillis(pausedAt));
        Recording recording = ledger.recordings().record(new NewRecording(callId + "/dispute/1", callId,
                RecordingKind.DISPUTE_DESCRIPTION, "desc-1", "wav", START, Duration.ofMillis(resumedAt + 1000)));

        assertThat(workers(3).runOne("node/w1")).isTrue();

        assertThat(ledger.transcriptionJobs().findByRecording(recording.id()).orElseThrow().status())
                .isEqualTo(JobStatus.DONE);
        Transcript transcript = ledger.transcripts().transcriptOfRecording(recording.id()).orElseThrow();
        List<TranscriptSegment> segments = ledger.transcripts().segments(transcript.id());
        assertThat(segments).isNotEmpty().allSatisfy(segment -> {
            assertThat(segment.speaker()).isEqualTo(Speaker.CALLER);
            assertThat(segment.callRecordingId()).isNull();
            assertThat(segment.endMs()).as("the pause was never resumed: nothing after it").isLessThan(pausedAt);
        });
        assertThat(segments.getFirst().text()).contains("two hundred");
        assertThat(segments.getFirst().spokenPromise()).as("the caller's own promise").isTrue();
    }

    private TranscriptionWorkers workers(int maxAttempts) {
        TranscriptionPipeline pipeline = new TranscriptionPipeline(engine, TranscriptionPipelineIT::annotate,
                ledger.callRecordings(), ledger.recordings(), ledger.recordingPauses(), ledger.transcripts(),
                recordings, ZoneId.of("UTC"));
        return new TranscriptionWorkers(ledger.transcriptionJobs(), pipeline,
                new TranscriptionSettings(1, Duration.ofMillis(50), Duration.ofMinutes(5), maxAttempts,
                        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(1)),
                "test-node");
    }

    /** A small stand-in for the real rules: "two hundred" is 200, and a sentence with "pay" promises it. */
    private static SegmentAnnotation annotate(String text, java.time.LocalDate spokenOn) {
        if (!text.contains("two hundred")) {
            return new SegmentAnnotation("", null);
        }
        return new SegmentAnnotation("200",
                text.contains("pay") ? new SpokenPromise(new BigDecimal("200.00"), spokenOn.plusDays(4)) : null);
    }

    /** Writes both legs and registers all three as CallRecorder and RecordingArrivals do. */
    private void legs(SpokenCall spoken, int totalMs) throws IOException {
        for (RecordingLeg leg : RecordingLeg.values()) {
            CallRecording registered = ledger.callRecordings()
                    .register(new NewCallRecording(call.id(), leg, legFile(leg), START));
            if (leg != RecordingLeg.MIX) {
                Path file = spoken.write(leg.name().toLowerCase(Locale.ROOT), totalMs,
                        recordings.resolve(legFile(leg)));
                ledger.callRecordings().recordFile(registered.id(), START.plusMillis(totalMs), Files.size(file));
            }
        }
    }

    private static String legFile(RecordingLeg leg) {
        return "collector-1795510200.7-" + leg.name().toLowerCase(Locale.ROOT) + ".wav";
    }

    private CallRecording leg(RecordingLeg leg) {
        return ledger.callRecordings().recordingsOf(call.id()).stream().filter(r -> r.leg() == leg).findFirst()
                .orElseThrow();
    }

    private List<TranscriptSegment> segments() {
        Transcript transcript = ledger.transcripts().transcriptOfCollectorCall(call.id()).orElseThrow();
        return ledger.transcripts().segments(transcript.id());
    }
}
