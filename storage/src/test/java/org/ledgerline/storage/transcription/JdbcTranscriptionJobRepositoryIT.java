package org.ledgerline.storage.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

class JdbcTranscriptionJobRepositoryIT {
    private static final Instant START = Instant.parse("2026-11-24T15:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private Ledger ledger;
    private LedgerRows rows;
    private TranscriptionJobRepository jobs;
    private long collector;
    private long customer;
    private long account;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        jobs = ledger.transcriptionJobs();
        collector = rows.collector("collector1");
        customer = rows.customer("Acme", "America/New_York", "2125550101");
        account = rows.account(customer, "100038", "hash");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aCallIsQueuedOnceHoweverOftenItIsEnqueued() {
        CollectorCall call = collectorCall("1795510200.1");

        TranscriptionJob first = jobs.enqueueCollectorCall(call.id());
        TranscriptionJob again = jobs.enqueueCollectorCall(call.id());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(rows.count("transcription_jobs")).isEqualTo(1);
    }

    @Test
    void registeringARecordingQueuesItsTranscriptionInTheSameTransaction() {
        Recording recording = selfServeRecording("call-1");

        assertThat(jobs.findByRecording(recording.id())).get()
                .extracting(TranscriptionJob::status).isEqualTo(JobStatus.QUEUED);
        ledger.recordings().record(new NewRecording("call-1/rec", "call-1", RecordingKind.DISPUTE_DESCRIPTION,
                "data/recordings/call-1", "wav", START, Duration.ofSeconds(4)));
        assertThat(rows.count("transcription_jobs")).isEqualTo(1);
    }

    @Test
    void twoWorkersNeverClaimTheSameJobWhileItsLeaseRuns() {
        long a = jobs.enqueueCollectorCall(collectorCall("c-a").id()).id();
        long b = jobs.enqueueCollectorCall(collectorCall("c-b").id()).id();

        Optional<TranscriptionJob> first = jobs.claim("node-1/w1", LEASE);
        Optional<TranscriptionJob> second = jobs.claim("node-2/w1", LEASE);
        Optional<TranscriptionJob> none = jobs.claim("node-2/w2", LEASE);

        assertThat(List.of(first.orElseThrow().id(), second.orElseThrow().id())).containsExactlyInAnyOrder(a, b);
        assertThat(first.get().status()).isEqualTo(JobStatus.RUNNING);
        assertThat(first.get().attempts()).isEqualTo(1);
        assertThat(first.get().leaseOwner()).isEqualTo("node-1/w1");
        assertThat(none).isEmpty();
    }

    @Test
    void aJobWhoseLeaseRanOutIsClaimedAgainAndTheDeadWorkerCanNoLongerTouchIt() throws InterruptedException {
        long id = jobs.enqueueCollectorCall(collectorCall("c-dead").id()).id();
        assertThat(jobs.claim("dead-worker", Duration.ofMillis(1))).isPresent();
        Thread.sleep(20); // the lease is 1 ms; the database clock decides

        TranscriptionJob reclaimed = jobs.claim("live-worker", LEASE).orElseThrow();

        assertThat(reclaimed.id()).isEqualTo(id);
        assertThat(reclaimed.attempts()).isEqualTo(2);
        assertThat(jobs.progress(id, "dead-worker", 50, 1000, LEASE)).isFalse();
        assertThat(jobs.complete(id, "dead-worker", transcript(List.of(), List.of()))).isFalse();
        assertThat(jobs.progress(id, "live-worker", 50, 1000, LEASE)).isTrue();
        assertThat(jobs.findById(id).orElseThrow().progressPercent()).isEqualTo(50);
    }

    @Test
    void completingStoresTranscriptSegmentsAndLegStatusesWithTheJob() {
        CollectorCall call = collectorCall("c-done");
        CallRecording mix = leg(call, RecordingLeg.MIX);
        CallRecording collectorLeg = leg(call, RecordingLeg.COLLECTOR);
        CallRecording customerLeg = leg(call, RecordingLeg.CUSTOMER);
        long id = jobs.enqueueCollectorCall(call.id()).id();
        assertThat(jobs.claim("w", LEASE)).isPresent();
        NewSegment said = new NewSegment(500, 1800, "how can i help", new BigDecimal("0.910"), Speaker.COLLECTOR,
                collectorLeg.id(), "[{\"w\":\"how\",\"s\":500,\"e\":700,\"c\":0.9}]", "", false, null, null);
        NewSegment promised = new NewSegment(2100, 4000, "i can pay two hundred on friday", new BigDecimal("0.800"),
                Speaker.CUSTOMER, customerLeg.id(), "[]", "200 $200.00", true, new BigDecimal("200.00"),
                LocalDate.of(2026, 11, 27));

        boolean done = jobs.complete(id, "w",
                transcript(List.of(said, promised), List.of(collectorLeg.id(), customerLeg.id())));

        assertThat(done).isTrue();
        TranscriptionJob job = jobs.findById(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.leaseOwner()).isNull();
        assertThat(job.finishedAt()).isNotNull();
        Transcript transcript = ledger.transcripts().transcriptOfCollectorCall(call.id()).orElseThrow();
        assertThat(transcript.fullText()).isEqualTo("how can i help\ni can pay two hundred on friday");
        List<TranscriptSegment> segments = ledger.transcripts().segments(transcript.id());
        assertThat(segments).extracting(TranscriptSegment::speaker).containsExactly(Speaker.COLLECTOR,
                Speaker.CUSTOMER);
        assertThat(segments.get(0).wordsJson()).contains("\"w\": \"how\"");
        assertThat(segments.get(1).promiseAmount()).isEqualByComparingTo("200");
        assertThat(segments.get(1).promiseDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(ledger.callRecordings().recordingsOf(call.id()))
                .extracting(CallRecording::leg, CallRecording::transcriptionStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RecordingLeg.COLLECTOR, TranscriptionStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple(RecordingLeg.CUSTOMER, TranscriptionStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple(RecordingLeg.MIX, TranscriptionStatus.NOT_WANTED));
        assertThat(mix.id()).isPositive();
        assertThat(ledger.transcripts().customerZoneOfCollectorCall(call.id()))
                .contains(java.time.ZoneId.of("America/New_York"));
    }

    @Test
    void aFailingJobBacksOffThenIsParkedWithItsErrorAndAnAdminCanQueueItAgain() {
        CollectorCall call = collectorCall("c-poison");
        leg(call, RecordingLeg.COLLECTOR);
        long id = jobs.enqueueCollectorCall(call.id()).id();

        assertThat(jobs.claim("w", LEASE)).isPresent();
        assertThat(jobs.fail(id, "w", "unreadable audio in collector-x-collector.wav", Duration.ofHours(1), 2))
                .contains(JobStatus.QUEUED);
        assertThat(jobs.claim("w", LEASE)).as("backing off").isEmpty();
        assertThat(jobs.findById(id).orElseThrow().notBefore()).isAfter(Instant.now().plusSeconds(3500));

        ledger.jdbc().update("test: end the back-off", "update transcription_jobs set not_before = now() where id = ?",
                id);
        assertThat(jobs.claim("w", LEASE)).isPresent();
        assertThat(jobs.fail(id, "w", "unreadable audio again", Duration.ZERO, 2)).contains(JobStatus.PARKED);

        TranscriptionJob parked = jobs.findById(id).orElseThrow();
        assertThat(parked.lastError()).isEqualTo("unreadable audio again");
        assertThat(parked.attempts()).isEqualTo(2);
        assertThat(jobs.claim("w", LEASE)).isEmpty();
        assertThat(jobs.list(JobStatus.PARKED, 10, 0)).extracting(TranscriptionJob::id).containsExactly(id);
        assertThat(jobs.countByStatus()).containsEntry(JobStatus.PARKED, 1L).containsEntry(JobStatus.QUEUED, 0L);
        assertThat(ledger.callRecordings().recordingsOf(call.id()).getFirst().transcriptionStatus())
                .isEqualTo(TranscriptionStatus.FAILED);

        assertThat(jobs.retryParked(id)).isTrue();
        assertThat(jobs.retryParked(id)).as("only a parked job").isFalse();
        TranscriptionJob requeued = jobs.claim("w", LEASE).orElseThrow();
        assertThat(requeued.attempts()).isEqualTo(1);
    }

    @Test
    void aReleasedJobDoesNotCountTheAttempt() {
        long id = jobs.enqueueCollectorCall(collectorCall("c-wait").id()).id();
        assertThat(jobs.claim("w", LEASE)).isPresent();

        assertThat(jobs.release(id, "w", Duration.ZERO)).isTrue();

        assertThat(jobs.findById(id).orElseThrow()).extracting(TranscriptionJob::status, TranscriptionJob::attempts)
                .containsExactly(JobStatus.QUEUED, 0);
    }

    @Test
    void pausesAreRecordedOnceAndResumedOnce() {
        String callId = rows.call("1795510300.5");
        RecordingPauseRepository pauses = ledger.recordingPauses();

        pauses.pausedSelfServe(callId + "/pause/1", callId, "SIP/x-1", START);
        pauses.pausedSelfServe(callId + "/pause/1", callId, "SIP/x-1", START);
        pauses.resumed(callId + "/pause/1", START.plusSeconds(20));
        pauses.resumed(callId + "/pause/1", START.plusSeconds(99));
        CollectorCall call = collectorCall("c-pause");
        pauses.pausedCollectorCall("c-pause/pause/1", call.id(), "PJSIP/2001-1", START.plusSeconds(5));

        assertThat(pauses.pausesOfCall(callId)).singleElement()
                .extracting(PauseInterval::pausedAt, PauseInterval::resumedAt)
                .containsExactly(START, START.plusSeconds(20));
        assertThat(pauses.pausesOfCollectorCall(call.id())).singleElement()
                .extracting(PauseInterval::resumedAt).isNull();
    }

    private NewTranscript transcript(List<NewSegment> segments, List<Long> legs) {
        return new NewTranscript("vosk/test", "en", segments, legs, 4000);
    }

    private CollectorCall collectorCall(String key) {
        return ledger.collectorCalls().record(new NewCollectorCall(key, collector, customer, account, "PJSIP/2001",
                "2125550101", GateVerdict.allow(), true, key, key, null, START));
    }

    private CallRecording leg(CollectorCall call, RecordingLeg leg) {
        CallRecording registered = ledger.callRecordings().register(new NewCallRecording(call.id(), leg,
                "collector-" + call.idempotencyKey() + "-" + leg.name().toLowerCase(java.util.Locale.ROOT) + ".wav",
                START));
        return ledger.callRecordings().recordFile(registered.id(), START.plusSeconds(30), 48_000);
    }

    private Recording selfServeRecording(String callId) {
        rows.call(callId);
        return ledger.recordings().record(new NewRecording(callId + "/rec", callId, RecordingKind.DISPUTE_DESCRIPTION,
                "data/recordings/" + callId, "wav", START, Duration.ofSeconds(4)));
    }
}
