package org.ledgerline.ivr.simulator.ami;

/**
 * The call events of Asterisk 20, in its wording: channel events from main/manager_channels.c
 * ({@code channel_state_change}: Newchannel, Newstate, Hangup with Cause and Cause-txt; {@code
 * channel_dial_cb}: DialBegin with DialString, DialEnd with DialStatus, the dialled channel's
 * fields prefixed {@code Dest}; MixMonitorStart/Stop), bridge events from main/manager_bridges.c
 * ({@code ast_manager_build_bridge_state_string_prefix}: BridgeUniqueid, BridgeType,
 * BridgeTechnology, BridgeCreator, BridgeName, BridgeNumChannels, BridgeVideoSourceMode, then the
 * channel's fields for BridgeEnter/BridgeLeave). All are class {@code call}.
 */
public final class CallEvents {
    private CallEvents() {}

    public static AmiEvent newchannel(ChannelSnapshot channel) {
        return new AmiEvent("Newchannel", AmiClass.CALL, channel.headers(""));
    }

    public static AmiEvent newstate(ChannelSnapshot channel) {
        return new AmiEvent("Newstate", AmiClass.CALL, channel.headers(""));
    }

    /** {@code cause} is Q.850: 16 Normal Clearing, 17 User busy, 19 User alerting, no answer. */
    public static AmiEvent hangup(ChannelSnapshot channel, int cause, String causeText) {
        return new AmiEvent("Hangup", AmiClass.CALL,
                channel.headers("").add("Cause", cause).add("Cause-txt", causeText));
    }

    public static AmiEvent dialBegin(ChannelSnapshot caller, ChannelSnapshot dest, String dialString) {
        return new AmiEvent("DialBegin", AmiClass.CALL, caller.headers("").addAll(dest.headers("Dest"))
                .add("DialString", dialString));
    }

    /** {@code dialStatus}: ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION, CHANUNAVAIL. */
    public static AmiEvent dialEnd(ChannelSnapshot caller, ChannelSnapshot dest, String dialStatus) {
        return new AmiEvent("DialEnd", AmiClass.CALL, caller.headers("").addAll(dest.headers("Dest"))
                .add("DialStatus", dialStatus));
    }

    public static AmiEvent bridgeCreate(String bridgeId, int channelsInBridge) {
        return new AmiEvent("BridgeCreate", AmiClass.CALL, bridge(bridgeId, channelsInBridge));
    }

    /** {@code channelsInBridge} counts the entering channel. */
    public static AmiEvent bridgeEnter(String bridgeId, int channelsInBridge, ChannelSnapshot channel) {
        return new AmiEvent("BridgeEnter", AmiClass.CALL,
                bridge(bridgeId, channelsInBridge).addAll(channel.headers("")));
    }

    /** {@code channelsInBridge} no longer counts the leaving channel. */
    public static AmiEvent bridgeLeave(String bridgeId, int channelsInBridge, ChannelSnapshot channel) {
        return new AmiEvent("BridgeLeave", AmiClass.CALL,
                bridge(bridgeId, channelsInBridge).addAll(channel.headers("")));
    }

    public static AmiEvent bridgeDestroy(String bridgeId) {
        return new AmiEvent("BridgeDestroy", AmiClass.CALL, bridge(bridgeId, 0));
    }

    public static AmiEvent mixMonitorStart(ChannelSnapshot channel) {
        return new AmiEvent("MixMonitorStart", AmiClass.CALL, channel.headers(""));
    }

    public static AmiEvent mixMonitorStop(ChannelSnapshot channel) {
        return new AmiEvent("MixMonitorStop", AmiClass.CALL, channel.headers(""));
    }

    /**
     * manager.c {@code fast_originate} for an Exten originate: the ActionID first, then Response
     * (Success or Failure), Channel, Context, Exten, Reason, Uniqueid, CallerIDNum, CallerIDName.
     */
    public static AmiEvent originateResponse(String actionId, boolean success, String channel, String context,
            String exten, int reason, String uniqueId, String callerIdNum) {
        AmiMessage body = new AmiMessage();
        if (!actionId.isEmpty()) {
            body.add("ActionID", actionId);
        }
        return new AmiEvent("OriginateResponse", AmiClass.CALL, body
                .add("Response", success ? "Success" : "Failure")
                .add("Channel", channel)
                .add("Context", context)
                .add("Exten", exten)
                .add("Reason", reason)
                .add("Uniqueid", uniqueId)
                .add("CallerIDNum", callerIdNum.isEmpty() ? "<unknown>" : callerIdNum)
                .add("CallerIDName", "<unknown>"));
    }

    private static AmiMessage bridge(String bridgeId, int channelsInBridge) {
        return new AmiMessage()
                .add("BridgeUniqueid", bridgeId)
                .add("BridgeType", "basic")
                .add("BridgeTechnology", "simple_bridge")
                .add("BridgeCreator", "<unknown>")
                .add("BridgeName", "<unknown>")
                .add("BridgeNumChannels", channelsInBridge)
                .add("BridgeVideoSourceMode", "none");
    }
}
