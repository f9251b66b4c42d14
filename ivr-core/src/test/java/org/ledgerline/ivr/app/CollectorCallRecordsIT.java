package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.collector.CallRecorder;
import org.ledgerline.ivr.collector.RecordingArrivals;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.ChannelSnapshot;
import org.ledgerline.ivr.telephony.ami.AmiCallActivityFeed;
import org.ledgerline.ivr.telephony.ami.AmiCallControl;
import org.ledgerline.ivr.telephony.ami.AmiConnection;
import org.ledgerline.ivr.telephony.ami.AmiSettings;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.alert.Alert;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.collector.TranscriptionStatus;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;
import org.ledgerline.storage.contact.NewCallAttempt;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.NewUser;
import org.ledgerline.storage.user.Role;

/**
 * A collector call's record from the AMI emulator's full event sequence (the collector's leg
 * answered, recorded, the customer dialled, answered, bridged, hung up) against embedded
 * PostgreSQL, wired as the node wires it: one collector_calls row, the gate attempt's outcome,
 * three recordings, an alert for the file that never appears; a replayed stream changes nothing.
 */
class CollectorCallRecordsIT {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String CALL = "1764466000.41";
    private static final String COLLECTOR_CHANNEL = "PJSIP/2901-00000041";
    private static final String REF = "collector-1764466000-41";
    private static final String NUMBER = "5551001";

    @TempDir
    Path recordingsDir;

    private AmiEmulator emulator;
    private Ledger ledger;
    private Account account;
    private long collector;
    private final ScheduledExecutorService fileChecks = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService writes = Executors.newVirtualThreadPerTaskExecutor();
    private @Nullable AmiConnection ami;

    @BeforeEach
    void start() throws IOException {
        ledger = TestLedgers.newSeededLedger(LocalDate.now(ZoneOffset.UTC));
        account = ledger.accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER).orElseThrow();
        collector = ledger.users().create(new NewUser("recorder1", "Rae Recorder",
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", Set.of(Role.COLLECTOR),
                Optional.of("PJSIP/2901")), "test").id();
        emulator = new AmiEmulator(List.of(AmiAccount.ledgerline("ledgerline", "s3cret"))).start(0);
        for (String[] variable : new String[][] {{"LEDGERLINE_CALL_REF", REF}, {"LEDGERLINE_GATE", "ALLOW"},
                {"LEDGERLINE_ACCOUNT", Long.toString(account.id())}, {"LEDGERLINE_DIAL_NUMBER", NUMBER},
                {"LEDGERLINE_ANNOUNCE", "1"}}) {
            emulator.setChannelVariable(COLLECTOR_CHANNEL, variable[0], variable[1]);
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (ami != null) {
            ami.close();
        }
        emulator.close();
        writes.shutdownNow();
        fileChecks.shutdownNow();
        ledger.close();
    }

    /** What the gate's GateDecisionLog writes when it allows the call. */
    private void gateAllowed() {
        ledger.callAttempts().record(NewCallAttempt.placed("gate/" + REF, account.id(), NUMBER, collector, null,
                Instant.now().minusSeconds(1)));
    }

    /** The node's wiring: registry, then the activity feed, then the recorder; returns once logged in. */
    private void connectRecorder() {
        if (ami != null) {
            ami.close();
        }
        AmiConnection connection = new AmiConnection(new AmiSettings("127.0.0.1", emulator.port(), "ledgerline",
                "s3cret", Duration.ofSeconds(2)));
        ami = connection;
        AmiCallControl control = AmiCallControl.over(connection, Clock.systemUTC());
        AmiCallActivityFeed feed = new AmiCallActivityFeed(connection::sendAsync, control.registry(),
                CallRecorder.VARIABLES);
        connection.subscribe(feed);
        RecordingArrivals arrivals = new RecordingArrivals(ledger, ledger.callRecordings(), ledger.alerts(),
                recordingsDir, Duration.ofSeconds(2), fileChecks, Clock.systemUTC());
        ScheduledFuture<?> _ = fileChecks.scheduleWithFixedDelay(arrivals::checkAwaitedQuietly, 100, 100,
                TimeUnit.MILLISECONDS);
        feed.subscribe(new CallRecorder(ledger, arrivals, writes, Duration.ZERO));
        connection.open();
    }

    /** The full sequence; the mix and the collector's leg are written to disk, the customer's leg never. */
    private void placeCall() throws IOException, InterruptedException {
        placeCall(true);
    }

    private void placeCall(boolean slowEnoughToReadVariables) throws IOException, InterruptedException {
        var call = emulator.startCall(ChannelSnapshot.down(COLLECTOR_CHANNEL, CALL, CALL, "2901",
                "ledgerline-collectors", NUMBER));
        int asked = getvars();
        call.ringFirstLeg().answerFirstLeg().startMixMonitor();
        if (slowEnoughToReadVariables) {
            // A real Dial rings for seconds, long after the variables were read; the emulator is instant.
            Eventually.until(PATIENCE, "the gate's variables are read", () -> getvars() == asked + 6);
        }
        call.dialCustomer("PJSIP/carrier-00000042", "1764466000.42", NUMBER).customerAnswers("bridge-41");
        Files.writeString(recordingsDir.resolve(REF + "-mix.wav"), "RIFF mix");
        Files.writeString(recordingsDir.resolve(REF + "-collector.wav"), "RIFF collector");
        call.customerHangsUp();
    }

    @Test
    void aCollectorCallBecomesOneRecordWithItsOutcomeItsRecordingsAndAnAlertForTheMissingFile()
            throws IOException, InterruptedException {
        gateAllowed();
        connectRecorder();
        placeCall();

        Eventually.until(PATIENCE, "the missing customer leg is alerted", () -> !missingAlerts().isEmpty());
        List<CollectorCall> rows = ledger.collectorCalls().findByLinkedid(CALL);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.accountId()).isEqualTo(account.id());
            assertThat(row.customerId()).isEqualTo(account.customerId());
            assertThat(row.dialledNumber()).isEqualTo(NUMBER);
            assertThat(row.collectorEndpoint()).isEqualTo("PJSIP/2901");
            assertThat(row.gate().allowed()).isTrue();
            assertThat(row.answeredAt()).isNotNull();
            assertThat(row.endedAt()).isNotNull();
            assertThat(row.disposition()).isEqualTo(AttemptDisposition.CONVERSATION);
        });
        List<CallRecording> recordings = ledger.callRecordings().recordingsOf(rows.getFirst().id());
        assertThat(recordings).extracting(CallRecording::leg).containsExactlyInAnyOrder(RecordingLeg.MIX,
                RecordingLeg.COLLECTOR, RecordingLeg.CUSTOMER);
        assertThat(ledger.transcriptionJobs().findByCollectorCall(rows.getFirst().id()))
                .as("queued for transcription with its recordings").get()
                .extracting(org.ledgerline.storage.transcription.TranscriptionJob::status)
                .isEqualTo(org.ledgerline.storage.transcription.JobStatus.QUEUED);
        assertThat(recordings).filteredOn(r -> r.leg() != RecordingLeg.CUSTOMER).allSatisfy(r -> {
            assertThat(r.sizeBytes()).isPositive();
            assertThat(r.transcriptionStatus()).isEqualTo(TranscriptionStatus.PENDING);
        });
        assertThat(recordings).filteredOn(r -> r.leg() == RecordingLeg.CUSTOMER).singleElement()
                .satisfies(r -> assertThat(r.transcriptionStatus()).isEqualTo(TranscriptionStatus.NOT_WANTED));
        assertThat(missingAlerts()).singleElement()
                .satisfies(alert -> assertThat(alert.subject()).contains(REF + "-customer.wav"));
        CallAttempt attempt = ledger.callAttempts().findByIdempotencyKey("gate/" + REF).orElseThrow();
        assertThat(attempt.disposition()).isEqualTo(AttemptDisposition.CONVERSATION);
        assertThat(attempt.endedAt()).isEqualTo(rows.getFirst().endedAt());
    }

    @Test
    void aReplayedEventStreamStillGivesOneRecordThreeRecordingsAndOneAlert() throws IOException, InterruptedException {
        gateAllowed();
        connectRecorder();
        placeCall();
        Eventually.until(PATIENCE, "the first run's alert", () -> !missingAlerts().isEmpty());

        // A node restarted with a fresh registry hears the same call again.
        gateAllowed();
        connectRecorder();
        placeCall();
        Eventually.until(PATIENCE, "the replayed call is recorded again (idempotently)",
                () -> ledger.callRecordings().recordingsOf(ledger.collectorCalls().findByLinkedid(CALL).getFirst()
                        .id()).stream().filter(r -> r.sizeBytes() != null).count() == 2);

        assertThat(ledger.collectorCalls().findByLinkedid(CALL)).hasSize(1);
        assertThat(ledger.callRecordings().recordingsOf(ledger.collectorCalls().findByLinkedid(CALL).getFirst().id()))
                .hasSize(3);
        assertThat(missingAlerts()).hasSize(1);
    }

    @Test
    void aCallTooShortForItsVariablesToBeReadIsRecordedFromTheGateRowItsIdNames()
            throws IOException, InterruptedException {
        gateAllowed();
        connectRecorder();
        placeCall(false);

        Eventually.until(PATIENCE, "the call is recorded", () -> ledger.collectorCalls().findByLinkedid(CALL)
                .stream().anyMatch(row -> row.disposition() == AttemptDisposition.CONVERSATION));
        assertThat(ledger.callAttempts().findByIdempotencyKey("gate/" + REF)).map(CallAttempt::disposition)
                .contains(AttemptDisposition.CONVERSATION);
    }

    @Test
    void aBusyCallWithoutAGateRowGetsOneCreatedSoTheFrequencyRuleCountsIt() throws InterruptedException {
        connectRecorder();
        var call = emulator.startCall(ChannelSnapshot.down(COLLECTOR_CHANNEL, CALL, CALL, "2901",
                "ledgerline-collectors", NUMBER));
        call.ringFirstLeg().answerFirstLeg().startMixMonitor();
        Eventually.until(PATIENCE, "the gate's variables are read", () -> getvars() == 6);
        call.dialCustomer("PJSIP/carrier-00000042", "1764466000.42", NUMBER).customerDeclines("BUSY", 17,
                "User busy");
        call.firstLegHangsUp();

        Eventually.until(PATIENCE, "the three missing files are alerted", () -> missingAlerts().size() == 3);
        CallAttempt attempt = ledger.callAttempts().findByIdempotencyKey("gate/" + REF).orElseThrow();
        assertThat(attempt.disposition()).isEqualTo(AttemptDisposition.BUSY);
        assertThat(attempt.collectorUserId()).isEqualTo(collector);
        assertThat(attempt.accountId()).isEqualTo(account.id());
        assertThat(attempt.answeredAt()).isNull();
        assertThat(ledger.collectorCalls().findByLinkedid(CALL)).singleElement()
                .satisfies(row -> assertThat(row.disposition()).isEqualTo(AttemptDisposition.BUSY));
    }

    @Test
    void aCallFromAPhoneNoCollectorHasAndWithoutAGateRowIsAlertedRatherThanDropped() throws InterruptedException {
        String stranger = "PJSIP/2999-00000043";
        emulator.setChannelVariable(stranger, "LEDGERLINE_CALL_REF", "collector-1764466000-43");
        emulator.setChannelVariable(stranger, "LEDGERLINE_GATE", "ALLOW");
        emulator.setChannelVariable(stranger, "LEDGERLINE_ACCOUNT", Long.toString(account.id()));
        emulator.setChannelVariable(stranger, "LEDGERLINE_DIAL_NUMBER", NUMBER);
        connectRecorder();
        var call = emulator.startCall(ChannelSnapshot.down(stranger, "1764466000.43", "1764466000.43", "2999",
                "ledgerline-collectors", NUMBER));
        call.ringFirstLeg().answerFirstLeg().startMixMonitor();
        Eventually.until(PATIENCE, "the gate's variables are read", () -> getvars() == 6);
        call.firstLegHangsUp();

        Eventually.until(PATIENCE, "the unrecorded call is alerted", () -> ledger.alerts().findOpen().stream()
                .anyMatch(a -> a.kind().equals("COLLECTOR_CALL_UNRECORDED")));
        assertThat(ledger.collectorCalls().findByLinkedid("1764466000.43")).isEmpty();
    }

    private int getvars() {
        return (int) emulator.receivedActions().stream().filter(a -> a.name().equalsIgnoreCase("GetVar")).count();
    }

    private List<Alert> missingAlerts() {
        return ledger.alerts().findOpen().stream().filter(a -> a.kind().equals("RECORDING_MISSING")).toList();
    }
}
