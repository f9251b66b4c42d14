package org.ledgerline.ivr.telephony.ami;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.asteriskjava.manager.event.BridgeCreateEvent;
import org.asteriskjava.manager.event.BridgeDestroyEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
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

    private final RegistryState state;
    private final RegistryResync resync;
    private final ReentrantLock lock = new ReentrantLock();

    /** A registry that resynchronises by sending CoreShowChannels through {@code sender}. */
    public ChannelRegistry(AmiActionSender sender, Clock clock, Duration retention) {
        this.state = new RegistryState(clock, retention);
        this.resync = new RegistryResync(sender, state);
    }

    @Override
    public void onEvent(ManagerEvent event) {
        List<Runnable> notices = new ArrayList<>();
        lock.lock();
        try {
            apply(event, notices);
            state.prune();
        } finally {
            lock.unlock();
        }
        notices.forEach(Runnable::run);
    }

    @Override
    public void onEventsLost(long dropped) {
        lock.lock();
        try {
            resync.start("events were dropped");
        } finally {
            lock.unlock();
        }
    }

    private void apply(ManagerEvent event, List<Runnable> notices) {
        switch (event) {
            case ConnectEvent ignored -> resync.start("logged in");
            case DisconnectEvent ignored -> resync.connectionLost();
            case NewChannelEvent e ->
                state.touch(e.getUniqueId(), e.getLinkedid(), e.getChannel(), e.getChannelState(), notices);
            case NewStateEvent e ->
                state.touch(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e.getChannelState(), notices);
            case HangupEvent e -> state.hangup(e, notices);
            case DialBeginEvent e -> state.dial(e, e.getLinkedId(), e.getDestLinkedId(), "", notices);
            case DialEndEvent e -> state.dial(e, e.getLinkedId(), e.getDestLinkedId(), e.getDialStatus(), notices);
            case BridgeCreateEvent e -> state.bridges.putIfAbsent(e.getBridgeUniqueId(), new HashSet<>());
            case BridgeEnterEvent e -> state.bridgeEnter(e, notices);
            case BridgeLeaveEvent e ->
                state.bridgeLeave(e.getBridgeUniqueId(), e.getUniqueId(), e.getLinkedId(), e.getChannel(), notices);
            case BridgeDestroyEvent e -> state.bridgeDestroy(e.getBridgeUniqueId());
            case MixMonitorStartEvent e ->
                state.recording(e.getUniqueId(), e.getLinkedId(), e.getChannel(), true, notices);
            case MixMonitorStopEvent e ->
                state.recording(e.getUniqueId(), e.getLinkedId(), e.getChannel(), false, notices);
            case CoreShowChannelEvent e -> resync.listed(e);
            case CoreShowChannelsCompleteEvent e -> resync.complete(e.getActionId(), notices);
            default -> {
            }
        }
    }

    /** Reports the call's phase changes to {@code listener}, starting with the current one. */
    public CallWatch watch(String callId, CallProgressListener listener) {
        TrackedCall.Watcher watcher = new TrackedCall.Watcher(listener);
        CallProgress current;
        TrackedCall call;
        lock.lock();
        try {
            call = state.calls.computeIfAbsent(callId, TrackedCall::new);
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
            return Optional.ofNullable(state.calls.get(callId)).map(c -> c.last);
        } finally {
            lock.unlock();
        }
    }

    /** Names of the channels the registry believes are up or being set up now (for tests and diagnostics). */
    public Set<String> liveChannelNames() {
        lock.lock();
        try {
            return state.channels.values().stream().filter(c -> !c.ended()).map(c -> c.name)
                    .collect(Collectors.toUnmodifiableSet());
        } finally {
            lock.unlock();
        }
    }

    /** Names of the call's live channels on which a MixMonitor records (MixMonitorStart seen, no Stop yet). */
    public Set<String> recordedChannels(String callId) {
        lock.lock();
        try {
            return Optional.ofNullable(state.calls.get(callId)).stream().flatMap(call -> call.channelIds.stream())
                    .map(state.channels::get).filter(c -> c != null && !c.ended() && c.recording).map(c -> c.name)
                    .collect(Collectors.toUnmodifiableSet());
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
            TrackedCall call = state.calls.get(callId);
            if (call != null && call.channelIds.isEmpty()) {
                call.advance(CallPhase.ENDED, state.now(), CallEndReason.HUNG_UP)
                        .ifPresent(progress -> call.watchers.forEach(w -> notices.add(() -> w.offer(progress))));
            }
        } finally {
            lock.unlock();
        }
        notices.forEach(Runnable::run);
    }

}
