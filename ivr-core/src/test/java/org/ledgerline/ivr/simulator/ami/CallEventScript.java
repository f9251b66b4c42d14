package org.ledgerline.ivr.simulator.ami;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of one whole collector call (originated leg answers, customer dialled, answers,
 * both bridged, customer hangs up) as a list, so a test can send them out of order, twice, or
 * only in part, which a live {@link EmulatedCall} never does.
 *
 * @param callId the first leg's Uniqueid (the call's Linkedid)
 * @param customerId the customer leg's Uniqueid
 * @param bridgeId the bridge's BridgeUniqueid
 */
public record CallEventScript(String callId, String customerId, String bridgeId) {
    public static final String COLLECTOR_CHANNEL = "PJSIP/2001-00000011";
    public static final String CUSTOMER_CHANNEL = "PJSIP/carrier-00000012";

    /** The events in Asterisk's order; the comments give each one's position for {@link #pick}. */
    public List<AmiEvent> inOrder() {
        ChannelSnapshot collector = ChannelSnapshot.down(COLLECTOR_CHANNEL, callId, callId, "2001",
                "ledgerline-collectors", "5550123");
        ChannelSnapshot customer = ChannelSnapshot.down(CUSTOMER_CHANNEL, customerId, callId, "5550123",
                "ledgerline-collectors", "5550123");
        ChannelSnapshot collectorUp = collector.withState(ChannelSnapshot.UP);
        ChannelSnapshot customerUp = customer.withState(ChannelSnapshot.UP);
        List<AmiEvent> events = new ArrayList<>();
        events.add(CallEvents.newchannel(collector)); // 0
        events.add(CallEvents.newstate(collector.withState(ChannelSnapshot.RINGING))); // 1
        events.add(CallEvents.newstate(collectorUp)); // 2
        events.add(CallEvents.newchannel(customer)); // 3
        events.add(CallEvents.dialBegin(collectorUp, customer, "carrier/5550123")); // 4
        events.add(CallEvents.newstate(customer.withState(ChannelSnapshot.RINGING))); // 5
        events.add(CallEvents.newstate(customerUp)); // 6
        events.add(CallEvents.dialEnd(collectorUp, customerUp, "ANSWER")); // 7
        events.add(CallEvents.bridgeCreate(bridgeId, 0)); // 8
        events.add(CallEvents.bridgeEnter(bridgeId, 1, collectorUp)); // 9
        events.add(CallEvents.bridgeEnter(bridgeId, 2, customerUp)); // 10
        events.add(CallEvents.bridgeLeave(bridgeId, 1, customerUp)); // 11
        events.add(CallEvents.hangup(customerUp, 16, "Normal Clearing")); // 12
        events.add(CallEvents.bridgeLeave(bridgeId, 0, collectorUp)); // 13
        events.add(CallEvents.bridgeDestroy(bridgeId)); // 14
        events.add(CallEvents.hangup(collectorUp, 16, "Normal Clearing")); // 15
        return events;
    }

    /** The events at the given positions of {@link #inOrder()}, in the order given (repeats allowed). */
    public List<AmiEvent> pick(int... positions) {
        List<AmiEvent> all = inOrder();
        List<AmiEvent> picked = new ArrayList<>();
        for (int position : positions) {
            picked.add(all.get(position));
        }
        return picked;
    }
}
