package org.ledgerline.ivr.call.control;

import java.util.Map;

/**
 * Receives what the switch reports about every call, not only watched ones: each call's phase
 * changes (once each, in order, as {@link CallProgressListener} gets them) and, once per call, the
 * channel variables the dialplan set on its first recorded channel. Called on the adapter's
 * threads (its event thread, or the one that brought the switch's answer): slow work (the ledger)
 * must be handed off.
 */
public interface CallActivityListener {

    /** A phase change of the call {@code progress.callId()}. */
    void onProgress(CallProgress progress);

    /**
     * The variables read from the call's channel once the dialplan started recording it (the gate
     * has decided by then).
     *
     * @param callId the call's linked id
     * @param channelName the channel they were read from, e.g. {@code PJSIP/2001-00000007}
     * @param variables the asked names with their values; a name the switch did not know is absent
     */
    void onCallVariables(String callId, String channelName, Map<String, String> variables);
}
