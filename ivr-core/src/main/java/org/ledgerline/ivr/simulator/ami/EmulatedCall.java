package org.ledgerline.ivr.simulator.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One call through the emulated switch, moved on step by step by the emulator (for an Originate)
 * or by a test, each step emitting the events Asterisk 20 sends for it and keeping the channels'
 * state for CoreShowChannels. The first leg is the originated (collector's) channel; the customer
 * leg is what the dialplan's Dial() adds. A dialled, answered, bridged and hung-up call reads:
 * Newchannel, Newstate Ringing, Newstate Up (first leg); Newchannel, DialBegin, Newstate Ringing,
 * Newstate Up, DialEnd ANSWER, BridgeCreate, BridgeEnter x2 (customer); BridgeLeave, Hangup,
 * BridgeLeave, BridgeDestroy, Hangup (hang-up).
 *
 * <p>Thread-safe: steps are serialised, so events of one call go out in step order.
 */
public final class EmulatedCall {
    private static final int NORMAL_CLEARING = 16;

    private final AmiEmulator emulator;
    private ChannelSnapshot first;
    /** Null until the dialplan dials the customer ({@link #dialCustomer}). */
    private @Nullable ChannelSnapshot customer;
    private boolean firstCreated;
    private boolean firstLive;
    private boolean customerLive;
    private String bridgeId = "";
    private final Instant started = Instant.now();
    /** Set with {@link #customer}. */
    private @Nullable Instant customerStarted;

    EmulatedCall(AmiEmulator emulator, ChannelSnapshot first) {
        this.emulator = emulator;
        this.first = Objects.requireNonNull(first, "first");
    }

    /** The call's id: the first leg's Uniqueid, which every leg carries as Linkedid. */
    public String callId() {
        return first.uniqueId();
    }

    public synchronized ChannelSnapshot firstLeg() {
        return first;
    }

    public synchronized Optional<ChannelSnapshot> customerLeg() {
        return Optional.ofNullable(customer);
    }

    /** The first leg is created and its phone rings: Newchannel (Down), Newstate Ringing. */
    public synchronized EmulatedCall ringFirstLeg() {
        createFirstLeg();
        first = first.withState(ChannelSnapshot.RINGING);
        emulator.emit(CallEvents.newstate(first));
        return this;
    }

    private void createFirstLeg() {
        if (!firstCreated) {
            firstCreated = true;
            firstLive = true;
            emulator.emit(CallEvents.newchannel(first));
        }
    }

    /** The first leg answers: Newstate Up. */
    public synchronized EmulatedCall answerFirstLeg() {
        first = first.withState(ChannelSnapshot.UP);
        emulator.emit(CallEvents.newstate(first));
        return this;
    }

    /** The first leg ends before it was answered: (Newchannel when new,) Hangup with the cause (17 busy, 19 no answer). */
    public synchronized EmulatedCall firstLegFails(int cause, String causeText) {
        createFirstLeg();
        firstLive = false;
        emulator.emit(CallEvents.hangup(first, cause, causeText));
        return this;
    }

    /**
     * The dialplan dials the customer, as {@code Dial(PJSIP/<number>@<endpoint>)} does: Newchannel,
     * DialBegin (DialString {@code <number>@<endpoint>}), Newstate Ringing of the customer leg.
     */
    public synchronized EmulatedCall dialCustomer(String channelName, String uniqueId, String number) {
        customer = ChannelSnapshot.down(channelName, uniqueId, callId(), number, first.context(), number);
        customerStarted = Instant.now();
        customerLive = true;
        emulator.emit(CallEvents.newchannel(customer));
        emulator.emit(CallEvents.dialBegin(first, customer, number + "@" + endpoint(channelName)));
        customer = customer.withState(ChannelSnapshot.RINGING);
        emulator.emit(CallEvents.newstate(customer));
        return this;
    }

    /** The customer answers and the two legs are bridged. */
    public synchronized EmulatedCall customerAnswers(String newBridgeId) {
        customer = dialledCustomer().withState(ChannelSnapshot.UP).withConnectedLine(first.callerIdNum());
        first = first.withConnectedLine(customer.callerIdNum());
        emulator.emit(CallEvents.newstate(customer));
        emulator.emit(CallEvents.dialEnd(first, customer, "ANSWER"));
        bridgeId = newBridgeId;
        emulator.emit(CallEvents.bridgeCreate(bridgeId, 0));
        emulator.emit(CallEvents.bridgeEnter(bridgeId, 1, first));
        emulator.emit(CallEvents.bridgeEnter(bridgeId, 2, customer));
        return this;
    }

    /**
     * {@code [ledgerline-collectors]} runs {@code MixMonitor(<ref>-mix.wav,r(...)t(...))} once, on the
     * collector's channel, after the gate and before {@code Dial}: Asterisk 20 publishes ONE
     * MixMonitorStart, on that channel, with its channel snapshot only (apps/app_mixmonitor.c,
     * {@code mixmonitor_exec}); the three files come from that one MixMonitor's r()/t() options, not from
     * one per leg. No MixMonitorStop follows when the channel hangs up: only StopMixMonitor (the
     * application or the AMI action, {@code stop_mixmonitor_full}) publishes it.
     *
     * @throws IllegalStateException the customer was dialled already: the dialplan never records after Dial
     */
    public synchronized EmulatedCall startMixMonitor() {
        if (customer != null) {
            throw new IllegalStateException("the collectors' dialplan starts MixMonitor before Dial, not after");
        }
        createFirstLeg();
        emulator.emit(CallEvents.mixMonitorStart(first));
        return this;
    }

    /** The customer does not take the call: DialEnd with {@code dialStatus} (BUSY, NOANSWER), Hangup of the customer leg. */
    public synchronized EmulatedCall customerDeclines(String dialStatus, int cause, String causeText) {
        ChannelSnapshot declining = dialledCustomer();
        emulator.emit(CallEvents.dialEnd(first, declining, dialStatus));
        customerLive = false;
        emulator.emit(CallEvents.hangup(declining, cause, causeText));
        return this;
    }

    /** The customer hangs up a bridged call: BridgeLeave, Hangup (16), BridgeLeave, BridgeDestroy, Hangup of the first leg. */
    public synchronized EmulatedCall customerHangsUp() {
        ChannelSnapshot leaving = dialledCustomer();
        emulator.emit(CallEvents.bridgeLeave(bridgeId, 1, leaving));
        customerLive = false;
        emulator.emit(CallEvents.hangup(leaving, NORMAL_CLEARING, "Normal Clearing"));
        return endFirstLeg();
    }

    /** The first leg (the collector) hangs up, or is hung up by an AMI Hangup; the customer leg follows. */
    public synchronized EmulatedCall firstLegHangsUp() {
        if (!bridgeId.isEmpty() && firstLive) {
            emulator.emit(CallEvents.bridgeLeave(bridgeId, 1, first));
        }
        if (firstLive) {
            firstLive = false;
            emulator.emit(CallEvents.hangup(first, NORMAL_CLEARING, "Normal Clearing"));
        }
        if (customerLive) {
            ChannelSnapshot following = dialledCustomer();
            if (!bridgeId.isEmpty()) {
                emulator.emit(CallEvents.bridgeLeave(bridgeId, 0, following));
                emulator.emit(CallEvents.bridgeDestroy(bridgeId));
                bridgeId = "";
            }
            customerLive = false;
            emulator.emit(CallEvents.hangup(following, NORMAL_CLEARING, "Normal Clearing"));
        }
        return this;
    }

    /** The customer leg, for steps that only make sense once {@link #dialCustomer} has run. */
    private ChannelSnapshot dialledCustomer() {
        if (customer == null) {
            throw new IllegalStateException("call " + callId() + " has not dialled a customer yet");
        }
        return customer;
    }

    /** The endpoint part of a channel name: {@code carrier} in {@code PJSIP/carrier-0000002a}. */
    private static String endpoint(String channelName) {
        int slash = channelName.indexOf('/');
        int dash = channelName.lastIndexOf('-');
        return channelName.substring(slash + 1, dash > slash ? dash : channelName.length());
    }

    private EmulatedCall endFirstLeg() {
        if (!bridgeId.isEmpty()) {
            emulator.emit(CallEvents.bridgeLeave(bridgeId, 0, first));
            emulator.emit(CallEvents.bridgeDestroy(bridgeId));
            bridgeId = "";
        }
        if (firstLive) {
            firstLive = false;
            emulator.emit(CallEvents.hangup(first, NORMAL_CLEARING, "Normal Clearing"));
        }
        return this;
    }

    /**
     * Legs end without any event reaching anyone, as when they hang up while the AMI connection is
     * down. Nothing is emitted; CoreShowChannels no longer lists them.
     */
    public synchronized EmulatedCall vanish(boolean firstLeg, boolean customerLeg) {
        firstLive &= !firstLeg;
        customerLive &= !customerLeg;
        if (!firstLive || !customerLive) {
            bridgeId = "";
        }
        return this;
    }

    synchronized boolean hasChannel(String channelName) {
        return (firstLive && first.name().equals(channelName))
                || (customerLive && dialledCustomer().name().equals(channelName));
    }

    /** The legs still up, each with the bridge it is in ("" when none), for CoreShowChannels. */
    synchronized List<Listed> liveLegs() {
        List<Listed> legs = new ArrayList<>();
        ChannelSnapshot dialled = customer;
        if (firstLive) {
            legs.add(dialled == null
                    ? new Listed(first, bridgeId, "AGI", "agi://ledgerline/collector", started)
                    : new Listed(first, bridgeId, "Dial", "PJSIP/" + dialled.exten() + "@" + endpoint(dialled.name()),
                            started));
        }
        if (customerLive) {
            legs.add(new Listed(dialledCustomer(), bridgeId, "AppDial", "(Outgoing Line)",
                    Objects.requireNonNull(customerStarted, "customerStarted is set with the customer leg")));
        }
        return legs;
    }

    /**
     * A channel as CoreShowChannels lists it: its snapshot, what it runs (a dialled leg runs
     * {@code AppDial} with {@code (Outgoing Line)}), since when, and the bridge it is in ("" if none).
     */
    record Listed(ChannelSnapshot channel, String bridgeId, String application, String applicationData, Instant since) {

        /** {@code Duration} as action_coreshowchannels writes it: hours, minutes, seconds, two digits each. */
        String duration(Instant now) {
            long seconds = Math.max(0, Duration.between(since, now).toSeconds());
            return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
        }
    }
}
