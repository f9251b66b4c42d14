package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MixMonitorStartEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.response.GetVarResponse;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.control.CallActivityListener;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;

/**
 * The call activity feed over a real channel registry, fed a scripted stream of Asterisk-Java
 * events in memory: every call's phases once each, the gate's variables read once per call by
 * Getvar on the recorded channel, whatever order and how often the events come.
 */
class AmiCallActivityFeedTest {
    private static final String CALL = "1700000000.1";
    private static final String COLLECTOR = "PJSIP/2001-00000001";
    private static final String CUSTOMER_ID = "1700000000.2";
    private static final String CUSTOMER = "PJSIP/carrier-00000002";

    private final List<ManagerAction> sent = new ArrayList<>();
    private final ChannelRegistry registry = new ChannelRegistry(this::answer, Clock.systemUTC(),
            Duration.ofMinutes(10));
    private final AmiCallActivityFeed feed = new AmiCallActivityFeed(this::answer, registry,
            List.of("LEDGERLINE_CALL_REF", "LEDGERLINE_GATE"));
    private final List<CallProgress> progress = new ArrayList<>();
    private final List<Map<String, String>> variables = new ArrayList<>();

    AmiCallActivityFeedTest() {
        feed.subscribe(new CallActivityListener() {
            @Override
            public void onProgress(CallProgress p) {
                progress.add(p);
            }

            @Override
            public void onCallVariables(String callId, String channelName, Map<String, String> values) {
                assertThat(channelName).isEqualTo(COLLECTOR);
                variables.add(values);
            }
        });
    }

    /** Getvar answers as the dialplan set them; anything else (CoreShowChannels) just succeeds. */
    private CompletableFuture<ManagerResponse> answer(ManagerAction action) {
        sent.add(action);
        if (action instanceof GetVarAction getvar) {
            GetVarResponse response = new GetVarResponse();
            response.setResponse("Success");
            response.setVariable(getvar.getVariable());
            response.setValue(getvar.getVariable().equals("LEDGERLINE_GATE") ? "ALLOW" : "collector-1700000000-1");
            return CompletableFuture.completedFuture(response);
        }
        ManagerResponse success = new ManagerResponse();
        success.setResponse("Success");
        return CompletableFuture.completedFuture(success);
    }

    private void play(ManagerEvent... events) {
        for (ManagerEvent event : events) {
            registry.onEvent(event);
            feed.onEvent(event);
        }
    }

    @Test
    void aDialledAnsweredAndHungUpCallIsReportedPhaseByPhaseWithItsVariablesReadOnce() {
        play(newchannel(CALL, COLLECTOR, 6), recording(), dialBegin(), newchannel(CUSTOMER_ID, CUSTOMER, 6),
                dialEnd("ANSWER"), bridgeEnter(CALL, COLLECTOR), bridgeEnter(CUSTOMER_ID, CUSTOMER),
                hangup(CUSTOMER_ID, CUSTOMER), hangup(CALL, COLLECTOR));

        assertThat(progress).extracting(CallProgress::phase).containsExactly(CallPhase.DIALLING,
                CallPhase.ANSWERED, CallPhase.BRIDGED, CallPhase.ENDED);
        assertThat(progress.getLast().dialStatus()).isEqualTo("ANSWER");
        assertThat(variables).containsExactly(
                Map.of("LEDGERLINE_CALL_REF", "collector-1700000000-1", "LEDGERLINE_GATE", "ALLOW"));
        assertThat(sent).filteredOn(GetVarAction.class::isInstance).extracting(a -> ((GetVarAction) a).getChannel())
                .containsOnly(COLLECTOR).hasSize(2);
    }

    @Test
    void outOfOrderAndRepeatedEventsStillGiveEachPhaseOnceAndOneReadOfTheVariables() {
        play(dialEnd("ANSWER"), recording(), newchannel(CALL, COLLECTOR, 6), recording(),
                hangup(CUSTOMER_ID, CUSTOMER), dialBegin(), hangup(CALL, COLLECTOR), hangup(CALL, COLLECTOR),
                recording(), newchannel(CALL, COLLECTOR, 6));

        assertThat(progress).extracting(CallProgress::phase).doesNotHaveDuplicates().endsWith(CallPhase.ENDED);
        assertThat(variables).hasSize(1);
        assertThat(sent).filteredOn(GetVarAction.class::isInstance).hasSize(2);
    }

    @Test
    void aCallThatEndedWhileTheConnectionWasDownIsReportedAsLostDuringReconnect() {
        play(newchannel(CALL, COLLECTOR, 6), recording(), dialBegin(), newchannel(CUSTOMER_ID, CUSTOMER, 6),
                dialEnd("ANSWER"));
        play(new ConnectEvent(this));
        String listing = sent.getLast().getActionId();
        CoreShowChannelsCompleteEvent complete = new CoreShowChannelsCompleteEvent(this);
        complete.setActionId(listing);
        play(complete);

        assertThat(progress.getLast().phase()).isEqualTo(CallPhase.ENDED);
        assertThat(progress.getLast().endReason()).contains(CallEndReason.LOST_DURING_RECONNECT);
        assertThat(variables).hasSize(1);
    }

    private static NewChannelEvent newchannel(String uniqueId, String name, int state) {
        NewChannelEvent event = new NewChannelEvent(AmiCallActivityFeedTest.class);
        event.setUniqueId(uniqueId);
        event.setLinkedid(CALL);
        event.setChannel(name);
        event.setChannelState(state);
        return event;
    }

    private static MixMonitorStartEvent recording() {
        MixMonitorStartEvent event = new MixMonitorStartEvent(AmiCallActivityFeedTest.class);
        event.setUniqueId(CALL);
        event.setLinkedId(CALL);
        event.setChannel(COLLECTOR);
        return event;
    }

    private static DialBeginEvent dialBegin() {
        DialBeginEvent event = new DialBeginEvent(AmiCallActivityFeedTest.class);
        dial(event);
        event.setLinkedId(CALL);
        event.setDestLinkedId(CALL);
        return event;
    }

    private static DialEndEvent dialEnd(String status) {
        DialEndEvent event = new DialEndEvent(AmiCallActivityFeedTest.class);
        dial(event);
        event.setLinkedId(CALL);
        event.setDestLinkedId(CALL);
        event.setDialStatus(status);
        return event;
    }

    private static void dial(DialEvent event) {
        event.setUniqueId(CALL);
        event.setChannel(COLLECTOR);
        event.setDestUniqueId(CUSTOMER_ID);
        event.setDestChannel(CUSTOMER);
    }

    private static BridgeEnterEvent bridgeEnter(String uniqueId, String name) {
        BridgeEnterEvent event = new BridgeEnterEvent(AmiCallActivityFeedTest.class);
        event.setBridgeUniqueId("bridge-1");
        event.setUniqueId(uniqueId);
        event.setLinkedId(CALL);
        event.setChannel(name);
        event.setChannelState(6);
        return event;
    }

    private static HangupEvent hangup(String uniqueId, String name) {
        HangupEvent event = new HangupEvent(AmiCallActivityFeedTest.class);
        event.setUniqueId(uniqueId);
        event.setLinkedId(CALL);
        event.setChannel(name);
        event.setCause(16);
        event.setCauseTxt("Normal Clearing");
        return event;
    }
}
