package org.ledgerline.storage.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.contact.NewCallAttempt;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcCollectorCallRepositoryIT {
    private static final Instant START = Instant.parse("2026-11-24T15:00:00Z");
    private static final String NUMBER = "2125550101";

    private Ledger ledger;
    private LedgerRows rows;
    private CollectorCallRepository calls;
    private long collector;
    private long customer;
    private long account;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        calls = ledger.collectorCalls();
        collector = rows.collector("collector1");
        customer = rows.customer("Acme", "America/New_York", NUMBER);
        account = rows.account(customer, "100038", "hash");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aReplayedGateDecisionRecordsTheCallOnce() {
        NewCollectorCall call = allowed("1795510200.12");

        CollectorCall first = calls.record(call);
        CollectorCall replayed = calls.record(call);

        assertThat(replayed).isEqualTo(first);
        assertThat(first.disposition()).isEqualTo(AttemptDisposition.IN_PROGRESS);
        assertThat(rows.count("collector_calls")).isEqualTo(1);
        assertThat(calls.findByLinkedid("1795510200.12")).containsExactly(first);
    }

    @Test
    void reusingAKeyForAnotherNumberIsRefused() {
        calls.record(allowed("k-1"));

        assertThatThrownBy(() -> calls.record(new NewCollectorCall("k-1", collector, customer, account, "PJSIP/2001",
                "2125550999", GateVerdict.allow(), true, null, null, null, START)))
                .isInstanceOf(IdempotencyConflictException.class);
    }

    @Test
    void answerAndEndAreRecordedOnceAndTheAttemptLinksToTheCallRecord() {
        CollectorCall call = calls.record(allowed("k-1"));
        CallAttempt attempt = ledger.callAttempts().record(NewCallAttempt.placed("k-1/" + account, account, NUMBER,
                collector, call.id(), START));

        calls.recordAnswer(call.id(), START.plusSeconds(8));
        calls.recordAnswer(call.id(), START.plusSeconds(9));
        CollectorCall ended = calls.recordEnd(call.id(), START.plusSeconds(200), AttemptDisposition.CONVERSATION);
        CollectorCall replayed = calls.recordEnd(call.id(), START.plusSeconds(300), AttemptDisposition.NO_ANSWER);

        assertThat(replayed).isEqualTo(ended);
        assertThat(ended.answeredAt()).isEqualTo(START.plusSeconds(8));
        assertThat(ended.disposition()).isEqualTo(AttemptDisposition.CONVERSATION);
        assertThat(ledger.callAttempts().findByCollectorCall(call.id())).containsExactly(attempt);
        assertThat(calls.findByAccount(account, 10)).containsExactly(ended);
        assertThat(calls.findByCollector(collector, START)).containsExactly(ended);
    }

    @Test
    void clickToDialsEarlyVerdictIsReplacedOnceByTheGatesDecisionWhichEndsADeniedCall() {
        CollectorCall originated = calls.recordOriginated(allowed("ll-1"));
        assertThat(calls.gateChecked(originated.id())).isFalse();

        CollectorCall denied = calls.recordGateDecision(originated.id(), GateVerdict.deny("DO_NOT_CALL"), false,
                START.plusSeconds(9));
        CollectorCall retried = calls.recordGateDecision(originated.id(), GateVerdict.allow(), true,
                START.plusSeconds(12));

        assertThat(retried).isEqualTo(denied);
        assertThat(calls.gateChecked(originated.id())).isTrue();
        assertThat(denied.gate().reasonCode()).isEqualTo("DO_NOT_CALL");
        assertThat(denied.disposition()).isNull();
        assertThat(denied.endedAt()).isEqualTo(START.plusSeconds(9));
        assertThat(calls.gateChecked(calls.record(allowed("k-gate")).id())).as("the gate's own record").isTrue();
    }

    @Test
    void recordingsOfEndedCallsAreAwaitedUntilSeenOrGivenUpOnce() {
        CollectorCall call = calls.record(allowed("k-await"));
        CallRecordingRepository recordings = ledger.callRecordings();
        CallRecording mix = recordings.register(new NewCallRecording(call.id(), RecordingLeg.MIX, "k-mix.wav", START));
        CallRecording customerLeg = recordings.register(new NewCallRecording(call.id(), RecordingLeg.CUSTOMER,
                "k-customer.wav", START));
        assertThat(recordings.awaitingFiles(10)).as("the call has not ended").isEmpty();

        calls.recordEnd(call.id(), START.plusSeconds(60), AttemptDisposition.CONVERSATION);
        assertThat(recordings.awaitingFiles(10)).extracting(a -> a.recording().id())
                .containsExactlyInAnyOrder(mix.id(), customerLeg.id());
        assertThat(recordings.awaitingFiles(10)).allSatisfy(a -> {
            assertThat(a.callEndedAt()).isEqualTo(START.plusSeconds(60));
            assertThat(a.accountId()).isEqualTo(account);
        });

        recordings.recordFile(mix.id(), START.plusSeconds(61), 44);
        assertThat(recordings.markMissing(customerLeg.id())).isTrue();
        assertThat(recordings.markMissing(customerLeg.id())).as("given up on once").isFalse();
        assertThat(recordings.markMissing(mix.id())).as("seen already").isFalse();

        assertThat(recordings.awaitingFiles(10)).isEmpty();
        assertThat(recordings.recordingsOf(call.id())).filteredOn(r -> r.leg() == RecordingLeg.CUSTOMER)
                .singleElement().satisfies(r -> assertThat(r.transcriptionStatus())
                        .isEqualTo(TranscriptionStatus.NOT_WANTED));
    }

    @Test
    void aDeniedCallKeepsItsReasonAndIsNeverAnswered() {
        CollectorCall denied = calls.record(new NewCollectorCall("k-denied", collector, customer, account,
                "PJSIP/2001", NUMBER, GateVerdict.deny("OUTSIDE_CALLING_HOURS"), false, null, null, null, START));

        CollectorCall afterAnswer = calls.recordAnswer(denied.id(), START.plusSeconds(5));

        assertThat(afterAnswer).isEqualTo(denied);
        assertThat(denied.gate().reasonCode()).isEqualTo("OUTSIDE_CALLING_HOURS");
        assertThat(denied.disposition()).isNull();
    }

    @Test
    void eachLegIsRegisteredOnceAndQueuedForTranscriptionWhenItsFileIsOnDisk() {
        CollectorCall call = calls.record(allowed("k-1"));
        CallRecordingRepository recordings = ledger.callRecordings();
        CallRecording mix = recordings.register(new NewCallRecording(call.id(), RecordingLeg.MIX,
                "collector/2026/11/24/k-1-mix.wav", START));
        recordings.register(new NewCallRecording(call.id(), RecordingLeg.CUSTOMER, "collector/2026/11/24/k-1-in.wav",
                START));
        recordings.register(new NewCallRecording(call.id(), RecordingLeg.COLLECTOR,
                "collector/2026/11/24/k-1-out.wav", START));

        assertThat(recordings.register(new NewCallRecording(call.id(), RecordingLeg.MIX, "other.wav", START)))
                .isEqualTo(mix);
        assertThat(recordings.recordingsOf(call.id())).extracting(CallRecording::leg)
                .containsExactly(RecordingLeg.COLLECTOR, RecordingLeg.CUSTOMER, RecordingLeg.MIX);
        assertThat(recordings.awaitingTranscription(10)).as("no file on disk yet").isEmpty();

        CallRecording onDisk = recordings.recordFile(mix.id(), START.plusSeconds(200), 3_200_044);

        assertThat(recordings.awaitingTranscription(10)).containsExactly(onDisk);
        assertThat(recordings.moveTranscription(mix.id(), TranscriptionStatus.PENDING,
                TranscriptionStatus.IN_PROGRESS)).isTrue();
        assertThat(recordings.moveTranscription(mix.id(), TranscriptionStatus.PENDING,
                TranscriptionStatus.IN_PROGRESS)).as("another worker took it").isFalse();
        assertThat(recordings.awaitingTranscription(10)).isEmpty();
    }

    @Test
    void aRecordingPathMustStayInsideTheRecordingsDirectory() {
        CollectorCall call = calls.record(allowed("k-1"));

        assertThatThrownBy(() -> new NewCallRecording(call.id(), RecordingLeg.MIX, "/etc/passwd", START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewCallRecording(call.id(), RecordingLeg.MIX, "collector/../../x.wav", START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private NewCollectorCall allowed(String key) {
        return new NewCollectorCall(key, collector, customer, account, "PJSIP/2001", NUMBER, GateVerdict.allow(), true,
                key, key, null, START);
    }
}
