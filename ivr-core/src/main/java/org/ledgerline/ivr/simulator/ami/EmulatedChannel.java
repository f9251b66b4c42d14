package org.ledgerline.ivr.simulator.ami;

import java.util.Objects;

/**
 * A channel the emulated Asterisk knows, with the fields AMI events describe it by.
 *
 * @param name channel name, e.g. {@code PJSIP/trunk-00000001}
 * @param uniqueId Asterisk's unique id (also the Linkedid here)
 * @param callerIdNum caller number, or "" when unknown
 * @param recording whether a MixMonitor runs on it. Asterisk answers MixMonitorMute on a channel
 *     without any audiohook with {@code Cannot set mute flag}
 */
public record EmulatedChannel(String name, String uniqueId, String callerIdNum, boolean recording) {

    public EmulatedChannel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(callerIdNum, "callerIdNum");
    }

    /** A recorded caller channel in the LedgerLine IVR, the usual case. */
    public static EmulatedChannel recorded(String name, String uniqueId) {
        return new EmulatedChannel(name, uniqueId, "", true);
    }

    /** The channel-snapshot headers Asterisk 20 puts on every channel event. */
    AmiMessage snapshot() {
        return snapshotRecord().headers("");
    }

    /** The channel as an answered caller in the IVR: state Up, context ledgerline-ivr, its own Linkedid. */
    ChannelSnapshot snapshotRecord() {
        return new ChannelSnapshot(name, uniqueId, uniqueId, ChannelSnapshot.UP, callerIdNum, "", "ledgerline-ivr", "s",
                1);
    }
}
