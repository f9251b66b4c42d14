package org.ledgerline.ivr.telephony.ami;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.control.CallEndReason;

/**
 * What the registry knows of one channel, keyed by its Uniqueid. Mutated only under the
 * registry's lock. An ended channel is kept (a tombstone) for a while so that a late or
 * duplicated event about it cannot bring it back to life.
 */
final class TrackedChannel {
    /** Asterisk's {@code AST_STATE_RING} and {@code AST_STATE_RINGING}: a phone is being alerted. */
    static final int STATE_RING = 4;
    static final int STATE_RINGING = 5;
    /** {@code AST_STATE_UP}: answered. */
    static final int STATE_UP = 6;

    final String uniqueId;
    final String linkedId;
    String name;
    int state;
    boolean recording;
    String bridgeId = "";
    /** The registry generation of the last event about it; a resync ends only channels not touched since it began. */
    long touched;
    /** When it ended; null while it is live. */
    @Nullable
    Instant endedAt;
    /** Why it ended; set with {@link #endedAt}. */
    @Nullable
    CallEndReason endReason;

    TrackedChannel(String uniqueId, String linkedId, String name) {
        this.uniqueId = uniqueId;
        this.linkedId = linkedId;
        this.name = name;
    }

    boolean ended() {
        return endedAt != null;
    }

    /**
     * Moves the state forward only: events can arrive late or twice, and a channel that was seen Up
     * must not look as if it were ringing again because a stale Newstate came in after.
     */
    void advanceState(@Nullable Integer newState) {
        if (newState != null && progressRank(newState) >= progressRank(state)) {
            state = newState;
        }
    }

    boolean ringing() {
        return state == STATE_RING || state == STATE_RINGING;
    }

    boolean up() {
        return state == STATE_UP;
    }

    private static int progressRank(int state) {
        return switch (state) {
            case STATE_RING, STATE_RINGING -> 1;
            case STATE_UP -> 2;
            default -> 0;
        };
    }

    void end(Instant at, CallEndReason reason) {
        endedAt = at;
        endReason = reason;
        bridgeId = "";
        recording = false;
    }
}
