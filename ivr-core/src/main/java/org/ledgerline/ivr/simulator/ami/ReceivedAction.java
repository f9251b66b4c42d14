package org.ledgerline.ivr.simulator.ami;

import java.util.Optional;

/**
 * An action the emulator received, in arrival order across all sessions.
 *
 * @param sequence 1-based position among all actions the emulator received
 * @param sessionId which client connection sent it (1-based, in accept order)
 * @param name the {@code Action:} value as sent
 * @param message every header as sent, including {@code Action} and {@code ActionID}
 */
public record ReceivedAction(long sequence, int sessionId, String name, AmiMessage message) {

    /** A header of the action, ignoring case of the name. */
    public Optional<String> header(String headerName) {
        return message.header(headerName);
    }

    /** True for a MixMonitorMute on that channel with that {@code State} (1 pause, 0 resume). */
    public boolean isMixMonitorMute(String channel, int state) {
        return name.equalsIgnoreCase("MixMonitorMute")
                && header("Channel").filter(channel::equals).isPresent()
                && header("State").filter(String.valueOf(state)::equals).isPresent();
    }

    /** Never renders the Secret or Key headers of a Login. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ReceivedAction[#").append(sequence).append(" session ")
                .append(sessionId).append(' ').append(name);
        message.headers().stream()
                .filter(h -> !h.getKey().equalsIgnoreCase("Secret") && !h.getKey().equalsIgnoreCase("Key"))
                .filter(h -> !h.getKey().equalsIgnoreCase("Action"))
                .forEach(h -> text.append(", ").append(h.getKey()).append('=').append(h.getValue()));
        return text.append(']').toString();
    }
}
