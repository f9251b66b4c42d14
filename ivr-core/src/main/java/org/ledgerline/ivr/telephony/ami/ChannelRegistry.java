package org.ledgerline.ivr.telephony.ami;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.asteriskjava.manager.event.BridgeCreateEvent;
import org.asteriskjava.manager.event.BridgeDestroyEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MixMonitorStartEvent;
import org.asteriskjava.manager.event.MixMonitorStopEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.ivr.call.control.CallProgressListener;
import org.ledgerline.ivr.call.control.CallWatch;

/**
 * The live picture of the switch's channels, bridges and calls, built from AMI events (Newchannel,
 * Newstate, DialBegin/DialEnd, BridgeCreate/Enter/Leave/Destroy, Hangup, MixMonitorStart/Stop).
 *
 * <p>Events are not trusted to come in order or once: any event about an unknown channel creates
 * it from the channel fields every such event carries (Uniqueid, Linkedid, Channel, ChannelState);
 * states and phases only move forward; an ended channel stays as a tombstone for {@code
 * retention} so late events cannot revive it; every update is idempotent.
 *
 * <p>Nor is it trusted across a lost connection: on every login (and after the hand-off queue
 * dropped events) {@link RegistryResync} lists the switch's channels with CoreShowChannels and
 * ends, as {@link CallEndReason#LOST_DURING_RECONNECT}, every channel the switch no longer has
 * that no live event has mentioned since the listing was asked for.
 *
 * <p>Runs on the AMI connection's event thread; {@link #watch} and {@link #progress} are safe from
 * any thread. Listeners are told outside the lock, on the event thread.
 */
public final class ChannelRegistry implements AmiEventSink {
    /** How long ended calls and channels are remembered, for late events and late watchers. */
    public static final Duration DEFAULT_RETENTION = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration retention;
    private final RegistryResync resync;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, TrackedChannel> channels = new HashMap<>();
    private final Map<String, TrackedCall> calls = new HashMap<>();
    private final Map<String, Set<String>> bridges = new HashMap<>();
    private long generation;
    private Instant lastPrune = Instant.EPOCH;

    /** A registry that resynchronises by sending CoreShowChannels through {@code sender}. */
    public ChannelRegistry(AmiActionSender sender, Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
        this.resync = new RegistryResync(sender, this);
    }

    @Override
    public void onEvent(ManagerEvent event) {
        List<Runnable> notices = new ArrayList<>();
        lock.lock();
        try {
            apply(event, notices);
            prune();
        } finally {
            lock.unlock();
        }
        notices.forEach(Runnable::run);
    }

    @Override
    public void onEventsLost(long dropped) {
        resync.start("events were dropped");
    }

    private void apply(ManagerEvent event, List<Runnable> notices) {
        switch (event) {
            case ConnectEvent ignored -> resync.start("logged in");
            case DisconnectEvent ignored -> resync.connectionLost();
            case NewChannelEvent e -> touch(e.getUniqueId(), e.getLinkedid(), e.getChannel(), e.getChannelState(), notices);
            case NewStateEvent e -> touch(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e.getChannelState(), notices);
            case HangupEvent e -> hangup(e, notices);
            case DialBeginEvent e -> dial(e, e.getLinkedId(), e.getDestLinkedId(), "", notices);
            case DialEndEvent e -> dial(e, e.getLinkedId(), e.getDestLinkedId(), e.getDialStatus(), notices);
            case BridgeCreateEvent e -> bridges.putIfAbsent(e.getBridgeUniqueId(), new HashSet<>());
            case BridgeEnterEvent e -> bridgeEnter(e, notices);
            case BridgeLeaveEvent e -> bridgeLeave(e.getBridgeUniqueId(), e.getUniqueId(), e.getLinkedId(), e.getChannel(), notices);
            case BridgeDestroyEvent e -> bridgeDestroy(e.getBridgeUniqueId(), notices);
            case MixMonitorStartEvent e -> recording(e.getUniqueId(), e.getLinkedId(), e.getChannel(), true, notices);
            case MixMonitorStopEvent e -> recording(e.getUniqueId(), e.getLinkedId(), e.getChannel(), false, notices);
            case CoreShowChannelEvent e -> resync.listed(e);
            case CoreShowChannelsCompleteEvent e -> resync.complete(e.getActionId(), notices);
            default -> { }
        }
    }

    /** Finds or creates the channel, marks it as mentioned now, and moves its state forward. */
    private Optional<TrackedChannel> touch(String uniqueId, String linkedId, String name, Integer state, List<Runnable> notices) {
        if (uniqueId == null || uniqueId.isEmpty()) {
            return Optional.empty();
        }
        TrackedChannel channel = channels.computeIfAbsent(uniqueId, id -> {
            String callId = linkedId == null || linkedId.isEmpty() ? id : linkedId;
            calls.computeIfAbsent(callId, TrackedCall::new).channelIds.add(id);
            return new TrackedChannel(id, callId, name == null ? "" : name);
        });
        channel.touched = generation;
        if (!channel.ended()) {
            if (name != null && !name.isEmpty()) {
                channel.name = name;
            }
            channel.advanceState(state);
        }
        recompute(channel.linkedId, CallEndReason.HUNG_UP, notices);
        return Optional.of(channel);
    }

    private void hangup(HangupEvent e, List<Runnable> notices) {
        touch(e.getUniqueId(), e.getLinkedId(), e.getChannel(), null, notices).filter(c -> !c.ended()).ifPresent(channel -> {
            calls.get(channel.linkedId).hungUp(e.getCause(), e.getCauseTxt());
            leaveBridge(channel);
            channel.end(clock.instant(), CallEndReason.HUNG_UP);
            recompute(channel.linkedId, CallEndReason.HUNG_UP, notices);
        });
    }

    private void dial(DialEvent e, String callerLinkedId, String destLinkedId, String dialStatus, List<Runnable> notices) {
        Optional<TrackedChannel> dest = touch(e.getDestUniqueId(), destLinkedId, e.getDestChannel(), e.getDestChannelState(), notices);
        Optional<TrackedChannel> caller = touch(e.getUniqueId(), callerLinkedId, e.getChannel(), e.getChannelState(), notices);
        Optional<String> callId = caller.or(() -> dest).map(c -> c.linkedId);
        if (callId.isPresent() && dialStatus != null && !dialStatus.isEmpty()) {
            calls.get(callId.get()).dialStatus = dialStatus;
            recompute(callId.get(), CallEndReason.HUNG_UP, notices);
        }
    }

    private void bridgeEnter(BridgeEnterEvent e, List<Runnable> notices) {
        touch(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e.getChannelState(), notices).filter(c -> !c.ended())
                .ifPresent(channel -> {
                    leaveBridge(channel);
                    channel.bridgeId = e.getBridgeUniqueId();
                    bridges.computeIfAbsent(e.getBridgeUniqueId(), id -> new HashSet<>()).add(channel.uniqueId);
                    recompute(channel.linkedId, CallEndReason.HUNG_UP, notices);
                });
    }

    private void bridgeLeave(String bridgeId, String uniqueId, String linkedId, String name, List<Runnable> notices) {
        touch(uniqueId, linkedId, name, null, notices).filter(c -> bridgeId != null && bridgeId.equals(c.bridgeId))
                .ifPresent(this::leaveBridge);
    }

    private void bridgeDestroy(String bridgeId, List<Runnable> notices) {
        Set<String> members = bridges.remove(bridgeId);
        if (members != null) {
            members.stream().map(channels::get).filter(c -> c != null && bridgeId.equals(c.bridgeId)).forEach(c -> c.bridgeId = "");
        }
    }

    private void recording(String uniqueId, String linkedId, String name, boolean on, List<Runnable> notices) {
        touch(uniqueId, linkedId, name, null, notices).filter(c -> !c.ended()).ifPresent(c -> c.recording = on);
    }

    private void leaveBridge(TrackedChannel channel) {
        Optional.ofNullable(bridges.get(channel.bridgeId)).ifPresent(members -> members.remove(channel.uniqueId));
        channel.bridgeId = "";
    }

    /**
     * Works out the call's phase from its channels and reports it when it moved forward: ended when
     * every channel has ended; bridged when two of its live channels share a bridge; answered when
     * the dial result was ANSWER or a leg other than the first is up; ringing when a leg rings.
     */
    void recompute(String callId, CallEndReason reasonIfEnded, List<Runnable> notices) {
        TrackedCall call = calls.get(callId);
        if (call == null || call.ended()) {
            return;
        }
        List<TrackedChannel> members = call.channelIds.stream().map(channels::get).filter(c -> c != null).toList();
        List<TrackedChannel> live = members.stream().filter(c -> !c.ended()).toList();
        CallPhase phase;
        if (!members.isEmpty() && live.isEmpty()) {
            phase = CallPhase.ENDED;
        } else if (live.stream().filter(c -> !c.bridgeId.isEmpty()).anyMatch(c -> sharesBridge(c, live))) {
            phase = CallPhase.BRIDGED;
        } else if ("ANSWER".equalsIgnoreCase(call.dialStatus)
                || live.stream().anyMatch(c -> c.up() && !c.uniqueId.equals(callId))) {
            phase = CallPhase.ANSWERED;
        } else if (members.stream().anyMatch(TrackedChannel::ringing)) {
            phase = CallPhase.RINGING;
        } else {
            phase = CallPhase.DIALLING;
        }
        call.advance(phase, clock.instant(), reasonIfEnded)
                .ifPresent(progress -> call.watchers.forEach(w -> notices.add(() -> w.offer(progress))));
    }

    private static boolean sharesBridge(TrackedChannel channel, List<TrackedChannel> live) {
        return live.stream().anyMatch(other -> other != channel && other.bridgeId.equals(channel.bridgeId));
    }

    /** Reports the call's phase changes to {@code listener}, starting with the current one. */
    public CallWatch watch(String callId, CallProgressListener listener) {
        TrackedCall.Watcher watcher = new TrackedCall.Watcher(listener);
        CallProgress current;
        TrackedCall call;
        lock.lock();
        try {
            call = calls.computeIfAbsent(callId, TrackedCall::new);
            call.watchers.add(watcher);
            current = call.last;
        } finally {
            lock.unlock();
        }
        if (current != null) {
            watcher.offer(current);
        }
        return () -> call.watchers.remove(watcher);
    }

    /** The call's latest progress; empty when no channel of it has been seen (or it was forgotten). */
    public Optional<CallProgress> progress(String callId) {
        lock.lock();
        try {
            return Optional.ofNullable(calls.get(callId)).map(c -> c.last);
        } finally {
            lock.unlock();
        }
    }

    /** Names of the channels the registry believes are up or being set up now (for tests and diagnostics). */
    public Set<String> liveChannelNames() {
        lock.lock();
        try {
            return channels.values().stream().filter(c -> !c.ended()).map(c -> c.name)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } finally {
            lock.unlock();
        }
    }

    /**
     * An originate the switch reported as not answered: when no channel of the call was ever seen
     * (Asterisk creates none for an unreachable device), the call is over and its watchers are told.
     */
    void originateEnded(String callId) {
        List<Runnable> notices = new ArrayList<>();
        lock.lock();
        try {
            TrackedCall call = calls.get(callId);
            if (call != null && call.channelIds.isEmpty()) {
                call.advance(CallPhase.ENDED, clock.instant(), CallEndReason.HUNG_UP)
                        .ifPresent(progress -> call.watchers.forEach(w -> notices.add(() -> w.offer(progress))));
            }
        } finally {
            lock.unlock();
        }
        notices.forEach(Runnable::run);
    }

    // ---- used by RegistryResync, under the lock (it is called from apply) ----

    /** Starts a new generation: channels mentioned from now on are known to be alive after the listing. */
    long nextGeneration() {
        return ++generation;
    }

    /** Applies one CoreShowChannel line: the channel exists now, in this state and bridge. */
    void confirmListed(String uniqueId, String linkedId, String name, Integer state, String bridgeId, List<Runnable> notices) {
        touch(uniqueId, linkedId, name, state, notices).filter(c -> !c.ended()).ifPresent(channel -> {
            String bridge = bridgeId == null ? "" : bridgeId;
            if (!bridge.equals(channel.bridgeId)) {
                leaveBridge(channel);
                if (!bridge.isEmpty()) {
                    channel.bridgeId = bridge;
                    bridges.computeIfAbsent(bridge, id -> new HashSet<>()).add(channel.uniqueId);
                }
            }
            recompute(channel.linkedId, CallEndReason.HUNG_UP, notices);
        });
    }

    /** Ends every live channel not listed and not mentioned since {@code since}; returns how many. */
    int endUnlisted(Set<String> listed, long since, List<Runnable> notices) {
        List<TrackedChannel> vanished = channels.values().stream()
                .filter(c -> !c.ended() && c.touched < since && !listed.contains(c.uniqueId)).toList();
        Instant now = clock.instant();
        for (TrackedChannel channel : vanished) {
            leaveBridge(channel);
            channel.end(now, CallEndReason.LOST_DURING_RECONNECT);
            recompute(channel.linkedId, CallEndReason.LOST_DURING_RECONNECT, notices);
        }
        bridges.values().removeIf(Set::isEmpty);
        return vanished.size();
    }

    /** Forgets calls that ended more than {@code retention} ago, with their channels; at most once a second. */
    private void prune() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).toSeconds() < 1) {
            return;
        }
        lastPrune = now;
        Instant cutoff = now.minus(retention);
        calls.values().removeIf(call -> {
            boolean unwatched = call.watchers.isEmpty();
            boolean old = unwatched && (call.channelIds.isEmpty() || call.ended() && call.last.at().isBefore(cutoff));
            if (old) {
                call.channelIds.forEach(channels::remove);
            }
            return old;
        });
    }
}
