package org.ledgerline.ivr.simulator.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's call control on the wire, against Asterisk 20.20.1's source: main/manager.c
 * (action_originate, fast_originate, action_coreshowchannels, ast_manager_hangup_helper),
 * main/manager_channels.c and main/manager_bridges.c (event names and field order).
 */
class AmiCallEmulatorIT {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final List<String> SNAPSHOT_FIELDS = List.of("Channel", "ChannelState", "ChannelStateDesc",
            "CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode",
            "Context", "Exten", "Priority", "Uniqueid", "Linkedid");
    private AmiEmulator emulator;

    @BeforeEach
    void start() throws IOException {
        emulator = new AmiEmulator(List.of(AmiAccount.ledgerline("ledgerline", "s3cret"),
                new AmiAccount("callonly", "pw", EnumSet.of(AmiClass.CALL), EnumSet.of(AmiClass.CALL))));
        emulator.start(0);
    }

    @AfterEach
    void stop() throws IOException {
        emulator.close();
    }

    private AmiWireClient login(String user, String secret) throws IOException {
        AmiWireClient client = new AmiWireClient(emulator.port(), WAIT);
        client.readLine();
        client.write("Action: Login\r\nUsername: " + user + "\r\nSecret: " + secret + "\r\nEvents: call\r\n\r\n");
        assertThat(client.readMessage()).containsEntry("Message", "Authentication accepted");
        return client;
    }

    private static String originate(String actionId, String channelId) {
        return "Action: Originate\r\nActionID: " + actionId
                + "\r\nChannel: PJSIP/2001\r\nContext: ledgerline-collectors\r\n"
                + "Exten: 5550123\r\nPriority: 1\r\nCallerID: \"Desk\" <2001>\r\nTimeout: 30000\r\nAsync: true\r\n"
                + (channelId.isEmpty() ? "" : "ChannelId: " + channelId + "\r\n") + "\r\n";
    }

    @Test
    void asyncOriginateIsQueuedAtOnceThenReportedAnsweredWithTheActionIdChannelAndUniqueid() throws IOException {
        try (AmiWireClient client = login("ledgerline", "s3cret")) {
            client.write(originate("o1", "call-1"));
            assertThat(client.readMessage()).containsExactly(Map.entry("Response", "Success"),
                    Map.entry("ActionID", "o1"),
                    Map.entry("Message", "Originate successfully queued"));
            Map<String, String> created = client.readMessage();
            assertThat(created).isNotNull().containsEntry("Event", "Newchannel").containsEntry("Privilege", "call,all")
                    .containsEntry("ChannelState", "0").containsEntry("ChannelStateDesc", "Down")
                    .containsEntry("Uniqueid", "call-1").containsEntry("Linkedid", "call-1")
                    .containsEntry("CallerIDNum", "2001");
            assertThat(new ArrayList<>(created.keySet()).subList(2, 16)).isEqualTo(SNAPSHOT_FIELDS);
            assertThat(created.get("Channel")).matches("PJSIP/2001-[0-9a-f]{8}");
            assertThat(client.readMessage()).containsEntry("Event", "Newstate").containsEntry("ChannelStateDesc",
                    "Ringing");
            assertThat(client.readMessage()).containsEntry("Event", "Newstate").containsEntry("ChannelState", "6");
            assertThat(client.readMessage()).containsExactly(Map.entry("Event", "OriginateResponse"),
                    Map.entry("Privilege", "call,all"), Map.entry("ActionID", "o1"), Map.entry("Response", "Success"),
                    Map.entry("Channel", created.get("Channel")), Map.entry("Context", "ledgerline-collectors"),
                    Map.entry("Exten", "5550123"), Map.entry("Reason", "4"), Map.entry("Uniqueid", "call-1"),
                    Map.entry("CallerIDNum", "2001"), Map.entry("CallerIDName", "<unknown>"));
        }
    }

    @Test
    void busyNoAnswerAndFailedOriginatesReportAsterisksReasonCodesOnTheRequestedChannel() throws IOException {
        try (AmiWireClient client = login("ledgerline", "s3cret")) {
            emulator.planOriginates(OriginatePlan.busy());
            client.write(originate("busy", "call-b"));
            assertThat(client.readMessage()).containsEntry("Response", "Success");
            assertThat(client.readMessage()).containsEntry("Event", "Newchannel");
            assertThat(client.readMessage()).containsEntry("Event", "Hangup").containsEntry("Cause", "17")
                    .containsEntry("Cause-txt", "User busy");
            assertThat(client.readMessage()).containsEntry("Event", "OriginateResponse")
                    .containsEntry("Response", "Failure")
                    .containsEntry("Reason", "5").containsEntry("Channel", "PJSIP/2001")
                    .containsEntry("Uniqueid", "call-b");

            emulator.planOriginates(OriginatePlan.noAnswer());
            client.write(originate("quiet", ""));
            client.readMessage();
            assertThat(client.readMessage()).containsEntry("Event", "Newchannel");
            assertThat(client.readMessage()).containsEntry("ChannelStateDesc", "Ringing");
            assertThat(client.readMessage()).containsEntry("Event", "Hangup").containsEntry("Cause", "19")
                    .containsEntry("Cause-txt", "User alerting, no answer");
            assertThat(client.readMessage()).containsEntry("ActionID", "quiet").containsEntry("Reason", "3")
                    .containsEntry("Uniqueid", "<unknown>");

            emulator.planOriginates(OriginatePlan.failed());
            client.write(originate("nowhere", "call-f"));
            client.readMessage();
            assertThat(client.readMessage()).containsEntry("Event", "OriginateResponse")
                    .containsEntry("ActionID", "nowhere")
                    .containsEntry("Response", "Failure").containsEntry("Reason", "0");
        }
    }

    @Test
    void aDialledAnsweredBridgedAndHungUpCallSendsAsterisk20sEventSequence() throws IOException {
        emulator.planOriginates(OriginatePlan.answeredThen(call -> call
                .dialCustomer("PJSIP/carrier-00000099", "call-2-customer", "5550123")
                .customerAnswers("bridge-2")
                .customerHangsUp()));
        try (AmiWireClient client = login("ledgerline", "s3cret")) {
            client.write(originate("o2", "call-2"));
            client.readMessage();
            List<Map<String, String>> events = new ArrayList<>();
            for (int i = 0; i < 17; i++) {
                events.add(client.readMessage());
            }
            assertThat(events).extracting(e -> e.get("Event")).containsExactly("Newchannel", "Newstate", "Newstate",
                    "OriginateResponse", "Newchannel", "DialBegin", "Newstate", "Newstate", "DialEnd", "BridgeCreate",
                    "BridgeEnter", "BridgeEnter", "BridgeLeave", "Hangup", "BridgeLeave", "BridgeDestroy", "Hangup");
            assertThat(events.get(13)).containsEntry("Uniqueid", "call-2-customer").containsEntry("Cause", "16")
                    .containsEntry("Cause-txt", "Normal Clearing");
            assertThat(events.get(16)).containsEntry("Uniqueid", "call-2").containsEntry("Linkedid", "call-2");
        }
        try (AmiWireClient client = login("ledgerline", "s3cret")) {
            emulator.planOriginates(OriginatePlan.answeredThen(call -> call
                    .dialCustomer("PJSIP/carrier-00000098", "call-3-customer", "5550123").customerAnswers("bridge-3")));
            client.write(originate("o3", "call-3"));
            client.readMessage();
            for (int i = 0; i < 4; i++) {
                client.readMessage();
            }
            assertThat(client.readMessage()).containsEntry("Event", "Newchannel").containsEntry("Linkedid", "call-3");
            Map<String, String> dialBegin = client.readMessage();
            assertThat(dialBegin).containsEntry("Event", "DialBegin").containsEntry("Uniqueid", "call-3")
                    .containsEntry("DestChannel", "PJSIP/carrier-00000098")
                    .containsEntry("DestUniqueid", "call-3-customer")
                    .containsEntry("DestLinkedid", "call-3").containsEntry("DialString", "5550123@carrier");
            client.readMessage();
            client.readMessage();
            assertThat(client.readMessage()).containsEntry("Event", "DialEnd").containsEntry("DialStatus", "ANSWER")
                    .containsEntry("DestChannelStateDesc", "Up");
            assertThat(client.readMessage()).containsEntry("Event", "BridgeCreate")
                    .containsEntry("BridgeUniqueid", "bridge-3")
                    .containsEntry("BridgeType", "basic").containsEntry("BridgeTechnology", "simple_bridge")
                    .containsEntry("BridgeNumChannels", "0");
            assertThat(client.readMessage()).containsEntry("Event", "BridgeEnter")
                    .containsEntry("BridgeNumChannels", "1")
                    .containsEntry("Uniqueid", "call-3");
            assertThat(client.readMessage()).containsEntry("Event", "BridgeEnter")
                    .containsEntry("BridgeNumChannels", "2")
                    .containsEntry("Uniqueid", "call-3-customer");

            client.write("Action: CoreShowChannels\r\nActionID: list\r\n\r\n");
            assertThat(client.readMessage()).containsExactly(Map.entry("Response", "Success"),
                    Map.entry("ActionID", "list"),
                    Map.entry("EventList", "start"), Map.entry("Message", "Channels will follow"));
            Map<String, String> first = client.readMessage();
            Map<String, String> second = client.readMessage();
            assertThat(List.of(first, second))
                    .allSatisfy(line -> assertThat(line).containsEntry("Event", "CoreShowChannel")
                            .containsEntry("ActionID", "list").containsEntry("BridgeId", "bridge-3")
                            .containsEntry("Linkedid", "call-3")
                            .hasEntrySatisfying("Duration", d -> assertThat(d).matches("\\d\\d:\\d\\d:\\d\\d")));
            assertThat(first).isNotNull().containsEntry("Application", "Dial").containsEntry("ApplicationData",
                    "PJSIP/5550123@carrier");
            assertThat(second).containsEntry("Application", "AppDial").containsEntry("ApplicationData",
                    "(Outgoing Line)");
            assertThat(client.readMessage()).containsExactly(Map.entry("Event", "CoreShowChannelsComplete"),
                    Map.entry("ActionID", "list"), Map.entry("EventList", "Complete"), Map.entry("ListItems", "2"));

            client.write("Action: Hangup\r\nActionID: h\r\nChannel: " + first.get("Channel") + "\r\n\r\n");
            assertThat(client.readMessage()).containsExactly(Map.entry("Response", "Success"),
                    Map.entry("ActionID", "h"),
                    Map.entry("Message", "Channel Hungup"));
            assertThat(client.readMessage()).containsEntry("Event", "BridgeLeave");
            assertThat(client.readMessage()).containsEntry("Event", "Hangup").containsEntry("Channel",
                    first.get("Channel"));
            client.write("Action: Hangup\r\nChannel: PJSIP/nobody-00000001\r\n\r\n");
            assertThat(client.readResponse()).containsEntry("Response", "Error").containsEntry("Message",
                    "No such channel");
        }
    }

    /**
     * As Asterisk 20 runs {@code [ledgerline-collectors]}: one MixMonitor on the collector's channel before
     * Dial gives one MixMonitorStart (channel snapshot fields), none for the customer's channel, and no
     * MixMonitorStop at hang-up (app_mixmonitor.c publishes Stop only from StopMixMonitor).
     */
    @Test
    void aRecordedCollectorCallHasOneMixMonitorStartOnTheCollectorsChannelBeforeDialAndNoStopAtHangUp()
            throws IOException {
        emulator.planOriginates(OriginatePlan.answeredThen(call -> call
                .startMixMonitor()
                .dialCustomer("PJSIP/carrier-00000097", "call-4-customer", "5550123")
                .customerAnswers("bridge-4")
                .customerHangsUp()));
        try (AmiWireClient client = login("ledgerline", "s3cret")) {
            client.write(originate("o4", "call-4"));
            client.readMessage();
            List<Map<String, String>> events = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                events.add(client.readMessage());
            }
            assertThat(events).extracting(e -> e.get("Event")).containsExactly("Newchannel", "Newstate", "Newstate",
                    "OriginateResponse", "MixMonitorStart", "Newchannel", "DialBegin", "Newstate", "Newstate",
                    "DialEnd", "BridgeCreate", "BridgeEnter", "BridgeEnter", "BridgeLeave", "Hangup", "BridgeLeave",
                    "BridgeDestroy", "Hangup");
            assertThat(events.get(4)).containsEntry("Uniqueid", "call-4").containsEntry("Linkedid", "call-4")
                    .containsKeys("Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum", "Context", "Exten",
                            "Priority", "AccountCode", "Language");
            client.write("Action: Ping\r\nActionID: after\r\n\r\n");
            assertThat(client.readMessage()).as("no MixMonitorStop after the hang-up").containsEntry("Response",
                    "Success").containsEntry("ActionID", "after");
        }
    }

    @Test
    void originateNeedsTheOriginateClassAndCoreShowChannelsTheReportingClass() throws IOException {
        try (AmiWireClient client = login("callonly", "pw")) {
            client.write(originate("o", "x"));
            assertThat(client.readMessage()).containsEntry("Response", "Error").containsEntry("Message",
                    "Permission denied");
            client.write("Action: CoreShowChannels\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Response", "Error").containsEntry("Message",
                    "Permission denied");
            client.write("Action: Originate\r\nChannel: nodevice\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Message", "Permission denied");
        }
        try (AmiWireClient client = login("ledgerline", "s3cret")) {
            client.write("Action: Originate\r\nContext: x\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Message", "Channel not specified");
            client.write("Action: Originate\r\nChannel: nodevice\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Message", "Invalid channel");
            client.write("Action: Originate\r\nChannel: PJSIP/2001\r\nExten: 1\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Message",
                    "Originate with 'Exten' requires 'Context' and 'Priority'");
            emulator.planOriginates(OriginatePlan.failed());
            client.write(
                    "Action: Originate\r\nActionID: sync\r\nChannel: PJSIP/2001\r\nContext: c\r\nExten: 1\r\nPriority: 1\r\n\r\n");
            assertThat(client.readMessage()).containsExactly(Map.entry("Response", "Error"),
                    Map.entry("ActionID", "sync"),
                    Map.entry("Message", "Originate failed"));
        }
    }
}
