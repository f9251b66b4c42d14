package org.ledgerline.ivr.telephony.ami;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.ivr.call.control.CallProgressListener;

/**
 * One call (all channels sharing a Linkedid) as the registry sees it: its member channels, the
 * phase it has reached, what the switch said about dialling and hanging up, and who watches it.
 * Mutated only under the registry's lock; watchers are told outside it.
 */
final class TrackedCall {
    final String callId;
    final Set<String> channelIds = new LinkedHashSet<>();
    final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    /** Null until the first channel of the call is seen (a watcher may subscribe before that). */
    @Nullable
    CallPhase phase;
    String dialStatus = "";
    int hangupCause;
    String hangupCauseText = "";
    /** The progress last reported; null exactly while {@link #phase} is. */
    @Nullable
    CallProgress last;

    TrackedCall(String callId) {
        this.callId = callId;
    }

    boolean ended() {
        return phase == CallPhase.ENDED;
    }

    /** Records the cause of the first hang-up only: the leg that hung up first says why the call ended. */
    void hungUp(@Nullable Integer cause, @Nullable String causeText) {
        if (hangupCause == 0 && cause != null && cause != 0) {
            hangupCause = cause;
            hangupCauseText = causeText == null ? "" : causeText;
        }
    }

    /** Moves to {@code next} when it is later than the current phase; returns the progress to report, if any. */
    Optional<CallProgress> advance(CallPhase next, Instant at, CallEndReason endReason) {
        if (phase != null && !phase.isBefore(next)) {
            return Optional.empty();
        }
        phase = next;
        last = new CallProgress(callId, next, at, dialStatus, hangupCause, hangupCauseText,
                next == CallPhase.ENDED ? Optional.of(endReason) : Optional.empty());
        return Optional.of(last);
    }

    /** One subscriber; never given the same or an earlier phase twice, whichever thread offers first. */
    static final class Watcher {
        private final CallProgressListener listener;
        /** The latest phase given to the listener; null before the first. */
        private @Nullable CallPhase told;

        Watcher(CallProgressListener listener) {
            this.listener = listener;
        }

        synchronized void offer(CallProgress progress) {
            if (told == null || told.isBefore(progress.phase())) {
                told = progress.phase();
                listener.onProgress(progress);
            }
        }
    }
}
