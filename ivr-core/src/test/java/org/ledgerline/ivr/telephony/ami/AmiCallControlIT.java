package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.control.CallControlException;
import org.ledgerline.ivr.call.control.CallControlFailure;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.ivr.call.control.OriginateOutcome;
import org.ledgerline.ivr.call.control.OriginateRequest;
import org.ledgerline.ivr.call.control.OriginateResult;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiClass;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.EmulatedCall;
import org.ledgerline.ivr.simulator.ami.OriginatePlan;
import org.ledgerline.ivr.simulator.ami.ReceivedAction;

/** Originate, hang-up and call progress over AMI, against the emulator over real TCP. */
class AmiCallControlIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private AmiEmulator emulator;
    private AmiConnection ami;
    private AmiCallControl control;

    @BeforeEach
    void start() throws IOException {
        emulator = new AmiEmulator(List.of(AmiAccount.ledgerline("ledgerline", "s3cret"),
                new AmiAccount("noorigin", "pw", EnumSet.of(AmiClass.CALL), EnumSet.of(AmiClass.CALL)))).start(0);
        connect("ledgerline", "s3cret");
    }

    private void connect(String user, String secret) {
        ami = new AmiConnection(new AmiSettings("127.0.0.1", emulator.port(), user, secret, Duration.ofSeconds(2)));
        control = AmiCallControl.over(ami, Clock.systemUTC());
        ami.open();
    }

    @AfterEach
    void stop() throws IOException {
        ami.close();
        emulator.close();
    }

    private static OriginateRequest collectorCall() {
        return OriginateRequest.of("PJSIP/2001", "ledgerline-collectors", "5550123", 1, "\"Desk\" <2001>",
                Map.of("LEDGERLINE_ACCOUNT", "A-1001"), Duration.ofSeconds(30));
    }

    /** Collects a call's progress reports as they come. */
    private BlockingQueue<CallProgress> watch(String callId) {
        BlockingQueue<CallProgress> reports = new LinkedBlockingQueue<>();
        control.watch(callId, reports::add);
        return reports;
    }

    private static CallProgress next(BlockingQueue<CallProgress> reports) throws InterruptedException {
        CallProgress progress = reports.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(progress).as("a progress report within " + WAIT).isNotNull();
        return progress;
    }

    /** Reads reports until the call ended; returns the phases in the order reported, the last report last. */
    private static List<CallProgress> untilEnded(BlockingQueue<CallProgress> reports) throws InterruptedException {
        List<CallProgress> seen = new ArrayList<>();
        do {
            seen.add(next(reports));
        } while (seen.getLast().phase() != CallPhase.ENDED);
        return seen;
    }

    /** The collector call as sent under a plan, and its progress reports, watched from before it was sent. */
    private record Originated(OriginateRequest request, BlockingQueue<CallProgress> reports, OriginateResult result) {}

    private Originated originateWatched(OriginatePlan plan) throws Exception {
        emulator.planOriginates(plan);
        OriginateRequest request = collectorCall();
        BlockingQueue<CallProgress> reports = watch(request.channelId());
        return new Originated(request, reports, control.originate(request).get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void anAnsweredOriginateReportsReason4WithTheCreatedChannelAndTheCallId()
            throws InterruptedException, ExecutionException, TimeoutException {
        OriginateRequest request = collectorCall();
        OriginateResult result = control.originate(request).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(result.outcome()).isEqualTo(OriginateOutcome.ANSWERED);
        assertThat(result.reasonCode()).isEqualTo(4);
        assertThat(result.uniqueId()).isEqualTo(request.channelId());
        assertThat(result.channel()).matches("PJSIP/2001-[0-9a-f]{8}");
        ReceivedAction sent = emulator.awaitAction(a -> a.name().equals("Originate"), WAIT).orElseThrow();
        assertThat(sent.header("Async")).contains("true");
        assertThat(sent.header("ChannelId")).contains(request.channelId());
        assertThat(sent.header("Variable")).contains("LEDGERLINE_ACCOUNT=A-1001");
        assertThat(sent.header("Timeout")).contains("30000");
        assertThat(sent.header("Context")).contains("ledgerline-collectors");
    }

    @Test
    void aBusyCollectorPhoneReportsReason5AndEndsTheCallWithCause17() throws Exception {
        Originated call = originateWatched(OriginatePlan.busy());

        assertThat(call.result().outcome()).isEqualTo(OriginateOutcome.BUSY);
        assertThat(call.result().reasonCode()).isEqualTo(5);
        assertThat(call.result().channel()).isEqualTo("PJSIP/2001");
        CallProgress ended = untilEnded(call.reports()).getLast();
        assertThat(ended.hangupCause()).isEqualTo(17);
        assertThat(ended.endReason()).contains(CallEndReason.HUNG_UP);
    }

    @Test
    void anUnansweredCollectorPhoneReportsReason3AfterRinging() throws Exception {
        Originated call = originateWatched(OriginatePlan.noAnswer());

        assertThat(call.result().outcome()).isEqualTo(OriginateOutcome.NO_ANSWER);
        assertThat(call.result().reasonCode()).isEqualTo(3);
        assertThat(untilEnded(call.reports())).extracting(CallProgress::phase)
                .containsExactly(CallPhase.DIALLING, CallPhase.RINGING, CallPhase.ENDED);
    }

    @Test
    void anOriginateThatCreatesNoChannelReportsReason0AndStillEndsTheWatchedCall() throws Exception {
        Originated call = originateWatched(OriginatePlan.failed());

        assertThat(call.result().outcome()).isEqualTo(OriginateOutcome.FAILED);
        assertThat(call.result().uniqueId()).isEqualTo(call.request().channelId());
        assertThat(next(call.reports()).phase()).isEqualTo(CallPhase.ENDED);
    }

    @Test
    void anOriginateRefusedForWantOfTheOriginateClassFailsAsRejected() throws IOException {
        ami.close();
        connect("noorigin", "pw");

        assertThatThrownBy(() -> control.originate(collectorCall()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CallControlException.class).hasMessageContaining("Permission denied")
                .extracting(e -> ((CallControlException) e).failure()).isEqualTo(CallControlFailure.REJECTED);
    }

    @Test
    void theRegistryFollowsADialledAnsweredBridgedAndHungUpCall() throws Exception {
        emulator.planOriginates(OriginatePlan.answeredThen(call -> call
                .startMixMonitor()
                .dialCustomer("PJSIP/carrier-00000042", "customer-leg-1", "5550123")
                .customerAnswers("bridge-1")));
        OriginateRequest request = collectorCall();
        BlockingQueue<CallProgress> reports = watch(request.channelId());

        control.originate(request).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        List<CallPhase> phases = new ArrayList<>();
        while (phases.isEmpty() || phases.getLast() != CallPhase.BRIDGED) {
            phases.add(next(reports).phase());
        }
        assertThat(control.progress(request.channelId())).map(CallProgress::dialStatus).contains("ANSWER");
        EmulatedCall call = emulator.awaitCall(request.channelId(), WAIT).orElseThrow();
        // One MixMonitor, on the collector's channel, records all three files (r() and t() legs and the mix).
        assertThat(control.registry().recordedChannels(request.channelId()))
                .containsExactly(call.firstLeg().name());
        call.customerHangsUp();
        CallProgress ended = next(reports);

        assertThat(phases).containsExactly(CallPhase.DIALLING, CallPhase.RINGING, CallPhase.ANSWERED,
                CallPhase.BRIDGED);
        assertThat(ended.phase()).isEqualTo(CallPhase.ENDED);
        assertThat(ended.hangupCause()).isEqualTo(16);
        assertThat(ended.hangupCauseText()).isEqualTo("Normal Clearing");
        assertThat(ended.endReason()).contains(CallEndReason.HUNG_UP);
        assertThat(control.registry().liveChannelNames()).isEmpty();
        assertThat(control.registry().recordedChannels(request.channelId())).isEmpty();
    }

    @Test
    void anOriginateWithoutAConnectionFailsAsNotConnected() {
        ami.close();

        assertThatThrownBy(() -> control.originate(collectorCall()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .cause().isInstanceOf(CallControlException.class)
                .extracting(e -> ((CallControlException) e).failure()).isEqualTo(CallControlFailure.NOT_CONNECTED);
    }

    @Test
    void anOriginateTheSwitchNeverAnswersFailsAsTimedOutAfterTheActionTimeout() {
        emulator.stallAction("Originate");
        long started = System.nanoTime();

        assertThatThrownBy(() -> control.originate(collectorCall()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .cause().isInstanceOf(CallControlException.class)
                .extracting(e -> ((CallControlException) e).failure()).isEqualTo(CallControlFailure.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WAIT);
    }

    @Test
    void hangingUpTheCollectorLegEndsTheCallAndAnUnknownChannelIsRejected() throws Exception {
        Originated call = originateWatched(OriginatePlan.answeredThen(bridged -> bridged
                .dialCustomer("PJSIP/carrier-00000043", "customer-leg-2", "5550123").customerAnswers("bridge-2")));
        while (next(call.reports()).phase() != CallPhase.BRIDGED) {
            // Skip the earlier phases; the next test asserts them.
        }

        control.hangup(call.result().channel());

        assertThat(next(call.reports()).phase()).isEqualTo(CallPhase.ENDED);
        assertThatThrownBy(() -> control.hangup("PJSIP/nobody-00000001"))
                .isInstanceOf(CallControlException.class).hasMessageContaining("No such channel")
                .extracting(e -> ((CallControlException) e).failure()).isEqualTo(CallControlFailure.REJECTED);
    }

    @Test
    void theLoginNeverAsksForDtmfOrAgiEvents() throws InterruptedException {
        ReceivedAction login = emulator.awaitAction(a -> a.name().equals("Login"), WAIT).orElseThrow();

        assertThat(AmiClass.parseMask(login.header("Events").orElseThrow()))
                .doesNotContain(AmiClass.DTMF, AmiClass.AGI).containsExactly(AmiClass.CALL);
    }
}
