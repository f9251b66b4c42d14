package org.ledgerline.ivr.simulator.ami;

import java.util.Objects;

/**
 * A channel as Asterisk 20 describes it on every channel event: the fields of {@code
 * ast_manager_build_channel_state_string_prefix} (main/manager_channels.c), in its order. Events
 * about two channels (DialBegin, DialEnd) write the second with the prefix {@code Dest}.
 *
 * @param name channel name, e.g. {@code PJSIP/2001-00000001}
 * @param uniqueId the channel's Uniqueid
 * @param linkedId the Uniqueid of the channel that started the call
 * @param state {@code AST_STATE_*}: 0 Down, 4 Ring, 5 Ringing, 6 Up
 * @param callerIdNum caller number, "" for unknown
 * @param connectedLineNum the other party's number, "" for unknown
 * @param context dialplan context
 * @param exten dialplan extension
 * @param priority dialplan priority
 */
public record ChannelSnapshot(String name, String uniqueId, String linkedId, int state, String callerIdNum,
        String connectedLineNum, String context, String exten, int priority) {

    public static final int DOWN = 0;
    public static final int RING = 4;
    public static final int RINGING = 5;
    public static final int UP = 6;

    public ChannelSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(linkedId, "linkedId");
        Objects.requireNonNull(callerIdNum, "callerIdNum");
        Objects.requireNonNull(connectedLineNum, "connectedLineNum");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(exten, "exten");
    }

    /** A new channel in state Down. */
    public static ChannelSnapshot down(String name, String uniqueId, String linkedId, String callerIdNum,
            String context,
            String exten) {
        return new ChannelSnapshot(name, uniqueId, linkedId, DOWN, callerIdNum, "", context, exten, 1);
    }

    public ChannelSnapshot withState(int newState) {
        return new ChannelSnapshot(name, uniqueId, linkedId, newState, callerIdNum, connectedLineNum, context, exten,
                priority);
    }

    public ChannelSnapshot withConnectedLine(String number) {
        return new ChannelSnapshot(name, uniqueId, linkedId, state, callerIdNum, number, context, exten, priority);
    }

    /** {@code ast_state2str} (main/channel.c). */
    public static String stateDescription(int state) {
        return switch (state) {
            case 0 -> "Down";
            case 1 -> "Rsrvd";
            case 2 -> "OffHook";
            case 3 -> "Dialing";
            case 4 -> "Ring";
            case 5 -> "Ringing";
            case 6 -> "Up";
            case 7 -> "Busy";
            case 8 -> "Dialing Offhook";
            case 9 -> "Pre-ring";
            default -> "Unknown";
        };
    }

    /** The snapshot headers with each name prefixed ("" or "Dest"). */
    AmiMessage headers(String prefix) {
        return new AmiMessage()
                .add(prefix + "Channel", name)
                .add(prefix + "ChannelState", state)
                .add(prefix + "ChannelStateDesc", stateDescription(state))
                .add(prefix + "CallerIDNum", orUnknown(callerIdNum))
                .add(prefix + "CallerIDName", "<unknown>")
                .add(prefix + "ConnectedLineNum", orUnknown(connectedLineNum))
                .add(prefix + "ConnectedLineName", "<unknown>")
                .add(prefix + "Language", "en")
                .add(prefix + "AccountCode", "")
                .add(prefix + "Context", context)
                .add(prefix + "Exten", exten)
                .add(prefix + "Priority", priority)
                .add(prefix + "Uniqueid", uniqueId)
                .add(prefix + "Linkedid", linkedId);
    }

    private static String orUnknown(String value) {
        return value.isEmpty() ? "<unknown>" : value;
    }
}
