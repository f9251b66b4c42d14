package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;

/** The registry's resynchronisation rules, fed Asterisk-Java event objects in memory. */
class ChannelRegistryTest {
    private final List<ManagerAction> sent = new ArrayList<>();
    private final ChannelRegistry registry = new ChannelRegistry(this::answer, Clock.systemUTC(),
            Duration.ofMinutes(10));

    private CompletableFuture<ManagerResponse> answer(ManagerAction action) {
        sent.add(action);
        ManagerResponse success = new ManagerResponse();
        success.setResponse("Success");
        return CompletableFuture.completedFuture(success);
    }

    private static NewChannelEvent newchannel(String uniqueId, String name) {
        NewChannelEvent event = new NewChannelEvent(ChannelRegistryTest.class);
        event.setUniqueId(uniqueId);
        event.setLinkedid(uniqueId);
        event.setChannel(name);
        event.setChannelState(6);
        return event;
    }

    private static HangupEvent hangup(String uniqueId, String name) {
        HangupEvent event = new HangupEvent(ChannelRegistryTest.class);
        event.setUniqueId(uniqueId);
        event.setLinkedId(uniqueId);
        event.setChannel(name);
        event.setCause(16);
        event.setCauseTxt("Normal Clearing");
        return event;
    }

    private static CoreShowChannelEvent listed(String actionId, String uniqueId, String name) {
        CoreShowChannelEvent event = new CoreShowChannelEvent(ChannelRegistryTest.class);
        event.setActionId(actionId);
        event.setUniqueid(uniqueId);
        event.setLinkedid(uniqueId);
        event.setChannel(name);
        return event;
    }

    private static CoreShowChannelsCompleteEvent complete(String actionId) {
        CoreShowChannelsCompleteEvent event = new CoreShowChannelsCompleteEvent(ChannelRegistryTest.class);
        event.setActionId(actionId);
        return event;
    }

    /** Logs in (again): the registry asks for the channel list; returns the listing's ActionID. */
    private String login() {
        registry.onEvent(new ConnectEvent(ChannelRegistryTest.class));
        ManagerAction listing = sent.getLast();
        assertThat(listing.getAction()).isEqualTo("CoreShowChannels");
        return listing.getActionId();
    }

    @Test
    void aChannelTheListingLacksEndsAsLostUnlessALiveEventMentionedItMeanwhile() {
        registry.onEvent(newchannel("a", "PJSIP/2001-00000001"));
        String listing = login();
        registry.onEvent(newchannel("b", "PJSIP/2002-00000002"));
        registry.onEvent(complete(listing));

        assertThat(registry.progress("a")).map(CallProgress::phase).contains(CallPhase.ENDED);
        assertThat(registry.progress("a")).flatMap(CallProgress::endReason)
                .contains(CallEndReason.LOST_DURING_RECONNECT);
        assertThat(registry.liveChannelNames()).containsExactly("PJSIP/2002-00000002");
    }

    @Test
    void aStaleListingLineCannotReviveAChannelThatHungUpMeanwhile() {
        registry.onEvent(newchannel("a", "PJSIP/2001-00000001"));
        String listing = login();
        registry.onEvent(hangup("a", "PJSIP/2001-00000001"));
        registry.onEvent(listed(listing, "a", "PJSIP/2001-00000001"));
        registry.onEvent(complete(listing));

        assertThat(registry.liveChannelNames()).isEmpty();
        assertThat(registry.progress("a")).flatMap(CallProgress::endReason).contains(CallEndReason.HUNG_UP);
    }

    @Test
    void theListingOfAnEarlierLoginIsIgnored() {
        registry.onEvent(newchannel("a", "PJSIP/2001-00000001"));
        String first = login();
        String second = login();
        registry.onEvent(complete(first));

        assertThat(registry.liveChannelNames()).containsExactly("PJSIP/2001-00000001");

        registry.onEvent(listed(second, "a", "PJSIP/2001-00000001"));
        registry.onEvent(complete(second));
        assertThat(registry.liveChannelNames()).containsExactly("PJSIP/2001-00000001");
    }

    @Test
    void aLateWatcherIsToldTheCurrentPhaseOnceAndNothingEarlier() {
        registry.onEvent(newchannel("a", "PJSIP/2001-00000001"));
        registry.onEvent(hangup("a", "PJSIP/2001-00000001"));
        List<CallProgress> told = new ArrayList<>();

        registry.watch("a", told::add);
        registry.onEvent(hangup("a", "PJSIP/2001-00000001"));

        assertThat(told).extracting(CallProgress::phase).containsExactly(CallPhase.ENDED);
        assertThat(told.getFirst().hangupCause()).isEqualTo(16);
    }
}
