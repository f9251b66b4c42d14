package org.ledgerline.ivr.telephony.ami;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;

/**
 * The data behind {@link ChannelRegistry} and the rules that update it: channels by Uniqueid,
 * calls by Linkedid, bridge members by BridgeUniqueid, and how a call's phase follows from its
 * channels. Not thread-safe: only ever used under the registry's lock. Every update appends the
 * listener calls it causes to {@code notices}, which the registry runs after unlocking.
 */
final class RegistryState {
    private final Clock clock;
    private final Duration retention;
    final Map<String, TrackedChannel> channels = new HashMap<>();
    final Map<String, TrackedCall> calls = new HashMap<>();
    final Map<String, Set<String>> bridges = new HashMap<>();
    private long generation;
    private Instant lastPrune = Instant.EPOCH;

    RegistryState(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    Instant now() {
        return clock.instant();
    }

    /** Finds or creates the channel, marks it as mentioned now, and moves its state forward. */
    Optional<TrackedChannel> touch(@Nullable String uniqueId, @Nullable String linkedId, @Nullable String name,
            @Nullable Integer state, List<Runnable> notices) {
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

    void hangup(HangupEvent e, List<Runnable> notices) {
        touch(e.getUniqueId(), e.getLinkedId(), e.getChannel(), null, notices).filter(c -> !c.ended())
                .ifPresent(channel -> {
                    callOf(channel.linkedId).hungUp(e.getCause(), e.getCauseTxt());
                    leaveBridge(channel);
                    channel.end(clock.instant(), CallEndReason.HUNG_UP);
                    recompute(channel.linkedId, CallEndReason.HUNG_UP, notices);
                });
    }

    void dial(DialEvent e, @Nullable String callerLinkedId, @Nullable String destLinkedId, @Nullable String dialStatus,
            List<Runnable> notices) {
        Optional<TrackedChannel> dest = touch(e.getDestUniqueId(), destLinkedId, e.getDestChannel(),
                e.getDestChannelState(), notices);
        Optional<TrackedChannel> caller = touch(e.getUniqueId(), callerLinkedId, e.getChannel(), e.getChannelState(),
                notices);
        Optional<String> callId = caller.or(() -> dest).map(c -> c.linkedId);
        if (callId.isPresent() && dialStatus != null && !dialStatus.isEmpty()) {
            callOf(callId.get()).dialStatus = dialStatus;
            recompute(callId.get(), CallEndReason.HUNG_UP, notices);
        }
    }

    void bridgeEnter(BridgeEnterEvent e, List<Runnable> notices) {
        touch(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e.getChannelState(), notices).filter(c -> !c.ended())
                .ifPresent(channel -> {
                    leaveBridge(channel);
                    channel.bridgeId = e.getBridgeUniqueId();
                    bridges.computeIfAbsent(e.getBridgeUniqueId(), id -> new HashSet<>()).add(channel.uniqueId);
                    recompute(channel.linkedId, CallEndReason.HUNG_UP, notices);
                });
    }

    void bridgeLeave(@Nullable String bridgeId, @Nullable String uniqueId, @Nullable String linkedId,
            @Nullable String name, List<Runnable> notices) {
        touch(uniqueId, linkedId, name, null, notices).filter(c -> bridgeId != null && bridgeId.equals(c.bridgeId))
                .ifPresent(this::leaveBridge);
    }

    void bridgeDestroy(String bridgeId) {
        Set<String> members = bridges.remove(bridgeId);
        if (members != null) {
            members.stream().map(channels::get).filter(c -> c != null && bridgeId.equals(c.bridgeId))
                    .forEach(c -> c.bridgeId = "");
        }
    }

    void recording(@Nullable String uniqueId, @Nullable String linkedId, @Nullable String name, boolean on,
            List<Runnable> notices) {
        touch(uniqueId, linkedId, name, null, notices).filter(c -> !c.ended()).ifPresent(c -> c.recording = on);
    }

    void leaveBridge(TrackedChannel channel) {
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

    /** The call a channel belongs to: touch() creates it with the channel, and prune() drops both together. */
    private TrackedCall callOf(String callId) {
        TrackedCall call = calls.get(callId);
        if (call == null) {
            throw new IllegalStateException("channel registry has a channel of call " + callId + " but not the call");
        }
        return call;
    }

    static boolean sharesBridge(TrackedChannel channel, List<TrackedChannel> live) {
        return live.stream().anyMatch(other -> other != channel && other.bridgeId.equals(channel.bridgeId));
    }

    /** Starts a new generation: channels mentioned from now on are known to be alive after the listing. */
    long nextGeneration() {
        return ++generation;
    }

    /** Applies one CoreShowChannel line: the channel exists now, in this state and bridge. */
    void confirmListed(@Nullable String uniqueId, @Nullable String linkedId, @Nullable String name,
            @Nullable Integer state, @Nullable String bridgeId, List<Runnable> notices) {
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

    /**
     * Forgets, at most once a second, calls that ended more than {@code retention} ago (their
     * watchers were told; nothing more can happen) with their channels, and calls nobody watches
     * that never had a channel.
     */
    void prune() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).toSeconds() < 1) {
            return;
        }
        lastPrune = now;
        Instant cutoff = now.minus(retention);
        calls.values().removeIf(call -> {
            CallProgress last = call.last;
            boolean old = (call.ended() && last != null && last.at().isBefore(cutoff))
                    || (call.channelIds.isEmpty() && call.watchers.isEmpty());
            if (old) {
                call.channelIds.forEach(channels::remove);
            }
            return old;
        });
    }
}
