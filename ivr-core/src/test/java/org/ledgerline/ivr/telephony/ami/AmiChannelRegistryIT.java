package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.ivr.call.control.OriginateRequest;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.CallEventScript;
import org.ledgerline.ivr.simulator.ami.EmulatedCall;
import org.ledgerline.ivr.simulator.ami.OriginatePlan;

/**
 * The channel registry against the emulator over real TCP when events do not behave: out of
 * order, twice, and missing because the connection dropped in the middle of a call.
 */
class AmiChannelRegistryIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private AmiEmulator emulator;
    private AmiConnection ami;
    private AmiCallControl control;

    @BeforeEach
    void start() throws IOException {
        emulator = new AmiEmulator(List.of(AmiAccount.ledgerline("ledgerline", "s3cret"))).start(0);
        ami = new AmiConnection(
                new AmiSettings("127.0.0.1", emulator.port(), "ledgerline", "s3cret", Duration.ofSeconds(2)));
        control = AmiCallControl.over(ami, Clock.systemUTC());
        ami.open();
    }

    @AfterEach
    void stop() throws IOException {
        emulator.releaseNewSessions();
        ami.close();
        emulator.close();
    }

    private BlockingQueue<CallProgress> watch(String callId) {
        BlockingQueue<CallProgress> reports = new LinkedBlockingQueue<>();
        control.watch(callId, reports::add);
        return reports;
    }

    private static List<CallProgress> untilPhase(BlockingQueue<CallProgress> reports, CallPhase last)
            throws InterruptedException {
        List<CallProgress> seen = new ArrayList<>();
        do {
            CallProgress progress = reports.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(progress).as("progress up to " + last + " within " + WAIT + ", got " + seen).isNotNull();
            seen.add(progress);
        } while (seen.getLast().phase() != last);
        return seen;
    }

    @Test
    void outOfOrderAndDuplicatedEventsStillGiveEachPhaseOnceInOrder() throws InterruptedException {
        CallEventScript call = new CallEventScript("ooo-1", "ooo-1-customer", "ooo-bridge");
        BlockingQueue<CallProgress> reports = watch("ooo-1");

        // Newstate before Newchannel; the customer's BridgeEnter before anything else is known of
        // that leg; duplicates; the customer's Hangup before DialEnd; late Newchannel/Newstate of the
        // hung-up leg, which must not revive it; the collector's Hangup last but once more after.
        call.pick(1, 0, 0, 2, 10, 10, 9, 12, 12, 7, 3, 4, 5, 6, 11, 13, 8, 14, 15, 15)
                .forEach(emulator::emit);
        List<CallProgress> seen = untilPhase(reports, CallPhase.ENDED);

        assertThat(seen).extracting(CallProgress::phase)
                .containsExactly(CallPhase.RINGING, CallPhase.ANSWERED, CallPhase.BRIDGED, CallPhase.ENDED);
        CallProgress ended = seen.getLast();
        assertThat(ended.dialStatus()).isEqualTo("ANSWER");
        assertThat(ended.hangupCause()).isEqualTo(16);
        assertThat(ended.endReason()).contains(CallEndReason.HUNG_UP);
        assertThat(control.registry().liveChannelNames()).isEmpty();
    }

    @Test
    void aReconnectInTheMiddleOfACallResynchronisesFromCoreShowChannels() throws Exception {
        emulator.planOriginates(OriginatePlan.answeredThen(call -> call
                .dialCustomer("PJSIP/carrier-000000a1", "kept-customer", "5550101").customerAnswers("bridge-kept")));
        OriginateRequest kept = request();
        BlockingQueue<CallProgress> keptReports = watch(kept.channelId());
        control.originate(kept).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        untilPhase(keptReports, CallPhase.BRIDGED);

        emulator.planOriginates(OriginatePlan.answeredThen(call -> call
                .dialCustomer("PJSIP/carrier-000000b1", "gone-customer", "5550102").customerAnswers("bridge-gone")));
        OriginateRequest gone = request();
        BlockingQueue<CallProgress> goneReports = watch(gone.channelId());
        control.originate(gone).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        untilPhase(goneReports, CallPhase.BRIDGED);
        EmulatedCall keptCall = emulator.awaitCall(kept.channelId(), WAIT).orElseThrow();
        EmulatedCall goneCall = emulator.awaitCall(gone.channelId(), WAIT).orElseThrow();

        emulator.holdNewSessions();
        emulator.dropConnections();
        // While nobody listens: the second call ends entirely, the first loses its customer leg.
        goneCall.vanish(true, true);
        keptCall.vanish(false, true);
        emulator.releaseNewSessions();

        CallProgress lost = untilPhase(goneReports, CallPhase.ENDED).getLast();
        assertThat(lost.endReason()).contains(CallEndReason.LOST_DURING_RECONNECT);
        assertThat(emulator.awaitLogins(2, WAIT)).isTrue();
        assertThat(emulator.receivedActions()).filteredOn(a -> a.name().equals("CoreShowChannels"))
                .extracting(a -> a.sessionId()).contains(1, 2);
        assertThat(control.registry().liveChannelNames()).containsExactly(keptCall.firstLeg().name());
        assertThat(control.progress(kept.channelId())).map(CallProgress::phase).contains(CallPhase.BRIDGED);
        assertThat(keptReports).isEmpty();

        keptCall.firstLegHangsUp();
        CallProgress keptEnded = untilPhase(keptReports, CallPhase.ENDED).getLast();
        assertThat(keptEnded.endReason()).contains(CallEndReason.HUNG_UP);
        assertThat(control.registry().liveChannelNames()).isEmpty();
    }

    private static OriginateRequest request() {
        return OriginateRequest.of("PJSIP/2001", "ledgerline-collectors", "5550100", 1, "", Map.of(),
                Duration.ofSeconds(30));
    }
}
