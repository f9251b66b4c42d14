package org.ledgerline.ivr.call.control;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The call-control port: places calls through the switch, hangs channels up and reports how a
 * call progresses (ringing, answered, bridged, ended with its cause).
 *
 * <p>A call is identified by the id of the channel that started it ({@link
 * OriginateRequest#channelId()}); every channel the dialplan adds to it (the dialled customer's
 * leg) shares that id as its linked id. Watch a call <em>before</em> originating it, so no early
 * phase is missed: the adapter assigns the channel id up front for exactly that reason.
 *
 * <p>Implementations are thread-safe. {@link #originate} never blocks; listeners are called on one
 * internal thread, in event order, and must hand slow work off.
 */
public interface CallControl {

    /**
     * Asks the switch to place the call. The future completes once the switch reports how the
     * originated channel ended up (answered, busy, no answer, failed), which for an answered call
     * is when the first leg answers; it completes exceptionally with {@link CallControlException}
     * when the request was refused, could not be sent, or no report came in time.
     */
    CompletableFuture<OriginateResult> originate(OriginateRequest request);

    /**
     * Hangs up the channel and waits for the switch to confirm.
     *
     * @param channelName the switch's channel name, e.g. {@code PJSIP/2001-00000001}
     * @throws CallControlException when the switch refused (no such channel) or did not answer
     */
    void hangup(String channelName);

    /**
     * Reports every later phase change of the call to the listener, starting with the phase it is
     * in now when the call is already known. Close the returned handle to stop.
     *
     * @param callId the originating channel's id (the call's linked id)
     */
    CallWatch watch(String callId, CallProgressListener listener);

    /** The call's latest progress, empty when the call is unknown or long ended. */
    Optional<CallProgress> progress(String callId);
}
