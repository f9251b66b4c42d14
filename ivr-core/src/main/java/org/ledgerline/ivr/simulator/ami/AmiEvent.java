package org.ledgerline.ivr.simulator.ami;

import java.util.Objects;

/**
 * An event the emulator can send, with its class: it reaches a session only when the user's read
 * classes and the session's event mask both include it, as in Asterisk's {@code process_events}.
 * The factory methods build the events in Asterisk 20's wording (main/manager_channels.c).
 *
 * @param amiClass the event class ({@code EVENT_FLAG_*})
 * @param body the headers after {@code Event:} and {@code Privilege:}
 * @param name the {@code Event:} value
 */
public record AmiEvent(String name, AmiClass amiClass, AmiMessage body) {

    public AmiEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amiClass, "amiClass");
        Objects.requireNonNull(body, "body");
    }

    /** {@code DTMFBegin}: a key went down. Class dtmf; the digit is in clear text. */
    public static AmiEvent dtmfBegin(EmulatedChannel channel, char digit) {
        return new AmiEvent("DTMFBegin", AmiClass.DTMF, channel.snapshot()
                .add("Digit", digit)
                .add("Direction", "Received"));
    }

    /** {@code DTMFEnd}: a key came up after {@code durationMs}. Class dtmf; the digit is in clear text. */
    public static AmiEvent dtmfEnd(EmulatedChannel channel, char digit, long durationMs) {
        return new AmiEvent("DTMFEnd", AmiClass.DTMF, channel.snapshot()
                .add("Digit", digit)
                .add("DurationMs", durationMs)
                .add("Direction", "Received"));
    }

    public static AmiEvent mixMonitorStart(EmulatedChannel channel) {
        return new AmiEvent("MixMonitorStart", AmiClass.CALL, channel.snapshot());
    }

    public static AmiEvent mixMonitorStop(EmulatedChannel channel) {
        return new AmiEvent("MixMonitorStop", AmiClass.CALL, channel.snapshot());
    }

    /** Raised after a successful MixMonitorMute action; {@code State} 1 when muted, 0 when unmuted. */
    public static AmiEvent mixMonitorMute(EmulatedChannel channel, String direction, boolean muted) {
        return new AmiEvent("MixMonitorMute", AmiClass.CALL, channel.snapshot()
                .add("Direction", direction)
                .add("State", muted ? "1" : "0"));
    }

    /** Normal clearing (cause 16), as when the caller hangs up. */
    public static AmiEvent hangup(EmulatedChannel channel) {
        return new AmiEvent("Hangup", AmiClass.CALL, channel.snapshot()
                .add("Cause", 16)
                .add("Cause-txt", "Normal Clearing"));
    }

    /** The event as written to a session. */
    AmiMessage toMessage() {
        return new AmiMessage().add("Event", name).add("Privilege", amiClass.privilege()).addAll(body);
    }
}
