package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.collector.CollectorPromiseFlow;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.TranscriptEntry;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.ChannelSnapshot;
import org.ledgerline.ivr.simulator.ami.EmulatedCall;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Whole collector calls through BOTH emulators against a running node on the demo ledger, each step
 * where {@code [ledgerline-collectors]} puts it: the AMI emulator carries the collector's channel (the
 * node follows it over AMI), the FastAGI emulator runs the {@code gate} on that channel and what the
 * gate sets there is set on the AMI emulator's channel too (where the node's Getvar reads it, as on a
 * real switch); allowed, the dialplan's one MixMonitor starts on the collector's channel, Dial adds
 * the customer's leg, the collector presses {@code *7} (the {@code collector-promise} AGI on the same
 * channel), the customer hangs up and the three files appear where MixMonitor writes them. Refused,
 * the dialplan reaches neither MixMonitor nor Dial.
 *
 * <p>The node's clock is fixed (Tuesday 2026-11-24 16:30 UTC, as in {@link CollectorGateNodeIT}), so
 * every event carries the same instant: {@code compliance.conversationMinimumSeconds=0} makes the
 * answered call a conversation rather than a zero-second call.
 */
class CollectorCallEndToEndIT {
    private static final Clock TUESDAY_MORNING_PACIFIC = Clock.fixed(Instant.parse("2026-11-24T16:30:00Z"),
            ZoneOffset.UTC);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path RECORDINGS = Path.of("target", "it-e2e-recordings").toAbsolutePath();

    private static AmiEmulator ami;
    private static RunningServer node;
    private static Ledger ledger;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(RECORDINGS);
        ami = new AmiEmulator(List.of(AmiAccount.ledgerline(PaymentNode.AMI_USER, PaymentNode.AMI_SECRET)));
        ami.start(0);
        LedgerSettings database = TestLedgers.newDatabase();
        Map<String, String> properties = new HashMap<>(Map.of(
                "ledgerline.ami.enabled", "true",
                "ledgerline.ami.host", "127.0.0.1",
                "ledgerline.ami.port", Integer.toString(ami.port()),
                "ledgerline.ami.username", PaymentNode.AMI_USER,
                "ledgerline.ami.secret", PaymentNode.AMI_SECRET,
                "ledgerline.recordings.dir", RECORDINGS.toString(),
                "ledgerline.compliance.conversationMinimumSeconds", "0",
                "ledgerline.promises.settlementEnabled", "false"));
        node = RunningServer.on(database, properties, TUESDAY_MORNING_PACIFIC);
        assertThat(ami.awaitLogins(1, PATIENCE)).isTrue();
        ledger = Ledger.open(database);
    }

    @AfterAll
    static void stop() throws Exception {
        ledger.close();
        node.close();
        ami.close();
    }

    /** The AGI on the collector's channel; what it sets there is set on the switch's channel too. */
    private static CallTranscript agi(String script, String channel, String uniqueId, String number, String keys,
            Map<String, String> channelVariables) {
        AgiEnvironment environment = new AgiEnvironment(script, "2001", "Casey Collector", channel, uniqueId, "en",
                "ledgerline-collectors", number, script.equals("gate") ? List.of(number) : List.of());
        try {
            CallTranscript call = node.emulator().call(environment, CallerScript.parse(keys), channelVariables);
            variables(call).forEach((name, value) -> ami.setChannelVariable(channel, name, value));
            return call;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> variables(CallTranscript call) {
        Map<String, String> set = new LinkedHashMap<>();
        for (TranscriptEntry.VariableSet variable : call.entriesOf(TranscriptEntry.VariableSet.class)) {
            set.put(variable.name(), variable.value());
        }
        return set;
    }

    private static long accountId(String accountNumber) {
        return ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().id();
    }

    private static long count(String sql, Object... params) {
        Long counted = ledger.jdbc().queryOne("test: count", sql, row -> row.getLong(1), params);
        return counted;
    }

    private static long getvarsOn(String channel) {
        return ami.receivedActions().stream().filter(a -> a.name().equalsIgnoreCase("GetVar")
                && a.header("Channel").orElse("").equals(channel)).count();
    }

    @Test
    void anAllowedCallIsAnnouncedRecordedPerLegAndItsKeypadPromiseLandsOnceOnTheCallsRow() throws IOException {
        String channel = "PJSIP/2001-00000031";
        String uniqueId = "1795700001.31";
        String ref = "collector-1795700001-31";
        String number = "6465550148";
        EmulatedCall call = ami.startCall(ChannelSnapshot.down(channel, uniqueId, uniqueId, "2001",
                "ledgerline-collectors", number));
        call.ringFirstLeg().answerFirstLeg();

        CallTranscript gate = agi("gate", channel, uniqueId, number, "_", Map.of());

        assertThat(variables(gate)).containsEntry("LEDGERLINE_GATE", "ALLOW").containsEntry("LEDGERLINE_ANNOUNCE", "1")
                .containsEntry("LEDGERLINE_DIAL_NUMBER", number).containsEntry("LEDGERLINE_CALL_REF", ref);
        CollectorCall decided = ledger.collectorCalls().findByIdempotencyKey(uniqueId).orElseThrow();
        assertThat(decided.callId()).as("the gate wrote the calls row before any promise").isEqualTo(ref);
        assertThat(ledger.calls().findById(ref)).hasValueSatisfying(
                row -> assertThat(row.accountId()).isEqualTo(accountId("100045")));
        assertThat(decided.announced()).isTrue();
        // The AGI is retried on the same channel before Dial (a lost reply): the same rows, nothing new.
        assertThat(variables(agi("gate", channel, uniqueId, number, "_", Map.of())))
                .containsEntry("LEDGERLINE_GATE", "ALLOW");
        assertThat(ledger.collectorCalls().findByIdempotencyKey(uniqueId)).contains(decided);

        // The dialplan's one MixMonitor on the collector's channel; the node reads the gate's variables.
        call.startMixMonitor();
        Eventually.until(PATIENCE, "the node reads the gate's variables on MixMonitorStart",
                () -> getvarsOn(channel) >= 6);
        call.dialCustomer("PJSIP/carrier-00000031", "1795700001.32", number).customerAnswers("bridge-31");

        Map<String, String> onTheChannel = Map.of("LEDGERLINE_CALL_REF", ref, "LEDGERLINE_ACCOUNT",
                Long.toString(accountId("100045")));
        CallTranscript press = agi(CollectorPromiseFlow.NAME, channel, uniqueId, number, "5# 1201# 1", onTheChannel);
        CallTranscript pressedAgain = agi(CollectorPromiseFlow.NAME, channel, uniqueId, number, "5# 1201# 1",
                onTheChannel);

        assertThat(press.promptKeys()).contains("collector-promise-recorded");
        assertThat(pressedAgain.promptKeys()).startsWith("collector-promise-already-recorded");
        assertThat(press.transferDestination()).isEmpty();

        call.customerHangsUp();
        for (String leg : List.of("mix", "collector", "customer")) {
            Files.writeString(RECORDINGS.resolve(ref + "-" + leg + ".wav"), "RIFF " + leg);
        }
        Eventually.until(PATIENCE, "the call is recorded with its three files seen", () -> ledger.collectorCalls()
                .findByIdempotencyKey(uniqueId).map(CollectorCall::endedAt).isPresent()
                && ledger.callRecordings().recordingsOf(decided.id()).stream()
                        .filter(r -> r.sizeBytes() != null).count() == 3);

        CollectorCall record = ledger.collectorCalls().findByIdempotencyKey(uniqueId).orElseThrow();
        assertThat(record.collectorUserId())
                .isEqualTo(ledger.users().findByUsername("collector1").orElseThrow().id());
        assertThat(record.gate().allowed()).isTrue();
        assertThat(record.answeredAt()).isNotNull();
        assertThat(record.endedAt()).isNotNull();
        assertThat(record.disposition()).isEqualTo(AttemptDisposition.CONVERSATION);
        assertThat(record.callId()).isEqualTo(ref);
        assertThat(count("select count(*) from collector_calls where call_id = ?", ref)).isEqualTo(1);
        List<CallRecording> recordings = ledger.callRecordings().recordingsOf(record.id());
        assertThat(recordings).extracting(CallRecording::filePath).containsExactlyInAnyOrder(ref + "-collector.wav",
                ref + "-customer.wav", ref + "-mix.wav");
        assertThat(count("select count(*) from call_recordings where collector_call_id = ? and file_state = 'SEEN'",
                record.id())).isEqualTo(3);
        assertThat(count("select count(*) from promises_to_pay where call_id = ?", ref)).isEqualTo(1);
        CallAttempt attempt = ledger.callAttempts().findByIdempotencyKey("gate/" + ref).orElseThrow();
        assertThat(attempt.collectorCallId()).isEqualTo(record.id());
        assertThat(attempt.disposition()).isEqualTo(AttemptDisposition.CONVERSATION);
        assertThat(count("select count(*) from contact_attempts where idempotency_key = ?", "gate/" + ref))
                .isEqualTo(1);
    }

    /** Refused: heard in plain words, no MixMonitor and no Dial (the dialplan's conditions), a DENIED record. */
    private static void assertDenied(String channel, String uniqueId, String number, String accountNumber,
            String reason) {
        String ref = "collector-" + uniqueId.replace('.', '-');
        EmulatedCall call = ami.startCall(ChannelSnapshot.down(channel, uniqueId, uniqueId, "2001",
                "ledgerline-collectors", number));
        call.ringFirstLeg().answerFirstLeg();

        CallTranscript gate = agi("gate", channel, uniqueId, number, "_", Map.of());
        CallTranscript retried = agi("gate", channel, uniqueId, number, "_", Map.of());
        call.firstLegHangsUp();

        for (CallTranscript heard : List.of(gate, retried)) {
            assertThat(variables(heard)).containsEntry("LEDGERLINE_GATE", "DENY")
                    .containsEntry("LEDGERLINE_GATE_REASON", reason).containsEntry("LEDGERLINE_DIAL_NUMBER", "");
            assertThat(heard.promptKeys()).startsWith("collector-gate-not-placed",
                    "collector-gate-reason-" + reason.toLowerCase(Locale.ROOT).replace('_', '-'));
            assertThat(heard.missingSounds()).isEmpty();
        }
        assertThat(getvarsOn(channel)).as("no MixMonitor started, so nothing read for a recording").isZero();
        if (accountNumber.isEmpty()) {
            assertThat(ledger.collectorCalls().findByIdempotencyKey(uniqueId))
                    .as("no collector to book a record to: the audit log has the refusal").isEmpty();
            return;
        }
        assertThat(ledger.collectorCalls().findByIdempotencyKey(uniqueId)).hasValueSatisfying(record -> {
            assertThat(record.gate().allowed()).isFalse();
            assertThat(record.gate().reasonCode()).isEqualTo(reason);
            assertThat(record.accountId()).isEqualTo(accountId(accountNumber));
            assertThat(record.answeredAt()).isNull();
            assertThat(record.disposition()).isNull();
            assertThat(record.endedAt()).isNotNull();
            assertThat(record.callId()).isEqualTo(ref);
            assertThat(ledger.callRecordings().recordingsOf(record.id())).isEmpty();
            assertThat(ledger.callAttempts().findByIdempotencyKey("gate/" + ref))
                    .hasValueSatisfying(attempt -> assertThat(attempt.collectorCallId()).isEqualTo(record.id()));
        });
        assertThat(count("select count(*) from collector_calls where idempotency_key = ?", uniqueId)).isEqualTo(1);
        assertThat(ledger.calls().findById(ref)).isPresent();
    }

    @Test
    void aDoNotCallFlagIsRefusedBeforeTheTrunk() {
        assertDenied("PJSIP/2001-00000041", "1795700002.41", "3035550143", "100040", "DO_NOT_CALL");
    }

    @Test
    void theEighthAttemptInSevenDaysIsRefusedBeforeTheTrunk() {
        assertDenied("PJSIP/2001-00000042", "1795700003.42", "2125550141", "100038", "TOO_MANY_CALLS");
    }

    @Test
    void aCallOutsideTheCustomersCallingHoursIsRefusedBeforeTheTrunk() {
        assertDenied("PJSIP/2001-00000043", "1795700004.43", "8085550147", "100044", "OUTSIDE_CALLING_HOURS");
    }

    @Test
    void aPhoneThatIsNoCollectorsIsRefusedBeforeTheTrunk() {
        assertDenied("PJSIP/2999-00000044", "1795700005.44", "6465550148", "", "UNKNOWN_COLLECTOR");
    }
}
