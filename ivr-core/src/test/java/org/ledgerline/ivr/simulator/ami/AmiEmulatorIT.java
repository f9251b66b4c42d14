package org.ledgerline.ivr.simulator.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's wire behaviour, checked byte for byte against Asterisk 20.20.1's texts. */
class AmiEmulatorIT {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private AmiEmulator emulator;

    @BeforeEach
    void start() throws IOException {
        emulator = new AmiEmulator(List.of(
                AmiAccount.ledgerline("ledgerline", "s3cret"),
                AmiAccount.allPowerful("admin", "adminpw")));
        emulator.loginFailureDelay(Duration.ZERO);
        emulator.start(0);
    }

    @AfterEach
    void stop() throws IOException {
        emulator.close();
    }

    @Test
    void greetsWithTheAsterisk20BannerAndEchoesActionIdOnPlainLogin() throws IOException {
        try (AmiWireClient client = new AmiWireClient(emulator.port(), WAIT)) {
            assertThat(client.readLine()).isEqualTo("Asterisk Call Manager/9.0.0");
            client.write("Action: Login\r\nActionID: a1\r\nUsername: ledgerline\r\nSecret: s3cret\r\n\r\n");
            assertThat(client.readMessage()).containsExactly(
                    Map.entry("Response", "Success"), Map.entry("ActionID", "a1"),
                    Map.entry("Message", "Authentication accepted"));
        }
    }

    @Test
    void sendsFullyBootedOnlyToUsersThatMayReadSystemEvents() throws IOException {
        try (AmiWireClient client = new AmiWireClient(emulator.port(), WAIT)) {
            client.readLine();
            client.write("Action: Login\r\nUsername: admin\r\nSecret: adminpw\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Message", "Authentication accepted");
            Map<String, String> booted = client.readMessage();
            assertThat(booted).containsEntry("Event", "FullyBooted").containsEntry("Privilege", "system,all")
                    .containsEntry("Status", "Fully Booted").containsKeys("Uptime", "LastReload");
        }
    }

    @Test
    void acceptsAnMd5KeyComputedFromTheChallenge() throws IOException {
        try (AmiWireClient client = new AmiWireClient(emulator.port(), WAIT)) {
            client.readLine();
            client.write("Action: Challenge\r\nActionID: c\r\nAuthType: MD5\r\n\r\n");
            Map<String, String> challenge = client.readMessage();
            assertThat(challenge).isNotNull().containsEntry("Response", "Success").containsEntry("ActionID", "c");
            String key = md5Hex(challenge.get("Challenge") + "s3cret");
            client.write("Action: Login\r\nUsername: ledgerline\r\nAuthType: MD5\r\nKey: " + key + "\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Message", "Authentication accepted");
        }
    }

    @Test
    void refusesAWrongSecretAndHangsUp() throws IOException {
        try (AmiWireClient client = new AmiWireClient(emulator.port(), WAIT)) {
            client.readLine();
            client.write("Action: Login\r\nActionID: x\r\nUsername: ledgerline\r\nSecret: wrong\r\n\r\n");
            assertThat(client.readMessage()).containsExactly(
                    Map.entry("Response", "Error"), Map.entry("ActionID", "x"),
                    Map.entry("Message", "Authentication failed"));
            assertThat(client.readLine()).isNull();
        }
    }

    @Test
    void answersAsAsteriskDoesBeforeAndAfterLogin() throws IOException {
        try (AmiWireClient client = new AmiWireClient(emulator.port(), WAIT)) {
            client.readLine();
            client.write("Action: Ping\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Response", "Error").containsEntry("Message",
                    "Permission denied");
            client.write("Action: Login\r\nUsername: ledgerline\r\nSecret: s3cret\r\nEvents: off\r\n\r\n");
            client.readMessage();
            client.write("Action: Ping\r\nActionID: p\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Response", "Success").containsEntry("ActionID", "p")
                    .containsEntry("Ping", "Pong").containsKey("Timestamp");
            client.write("Action: FooBar\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Response", "Error").containsEntry("Message",
                    "Invalid/unknown command: FooBar. Use Action: ListCommands to show available commands.");
            client.write("Action: Command\r\nCommand: core show version\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Message", "Permission denied");
            client.write("Action: Logoff\r\nActionID: bye\r\n\r\n");
            assertThat(client.readMessage()).containsExactly(Map.entry("Response", "Goodbye"),
                    Map.entry("ActionID", "bye"), Map.entry("Message", "Thanks for all the fish."));
            assertThat(client.readLine()).isNull();
        }
    }

    @Test
    void mutesOnlyKnownRecordedChannelsAndRaisesMixMonitorMute() throws IOException, InterruptedException {
        emulator.addChannel(EmulatedChannel.recorded("PJSIP/trunk-00000001", "1795510179.0"));
        emulator.addChannel(new EmulatedChannel("PJSIP/trunk-00000002", "1795510179.1", "", false));
        try (AmiWireClient client = new AmiWireClient(emulator.port(), WAIT)) {
            client.readLine();
            client.write("Action: Login\r\nUsername: ledgerline\r\nSecret: s3cret\r\n\r\n");
            client.readMessage();
            client.write(
                    "Action: MixMonitorMute\r\nActionID: m1\r\nChannel: PJSIP/trunk-00000001\r\nDirection: both\r\nState: 1\r\n\r\n");
            assertThat(client.readMessage()).containsExactly(Map.entry("Response", "Success"),
                    Map.entry("ActionID", "m1"));
            assertThat(client.readMessage()).containsEntry("Event", "MixMonitorMute")
                    .containsEntry("Privilege", "call,all")
                    .containsEntry("Channel", "PJSIP/trunk-00000001").containsEntry("State", "1");
            client.write(
                    "Action: MixMonitorMute\r\nChannel: PJSIP/gone-0000000f\r\nDirection: both\r\nState: 1\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Response", "Error").containsEntry("Message",
                    "No such channel");
            client.write(
                    "Action: MixMonitorMute\r\nChannel: PJSIP/trunk-00000002\r\nDirection: both\r\nState: 1\r\n\r\n");
            assertThat(client.readMessage()).containsEntry("Message", "Cannot set mute flag");
        }
        assertThat(emulator.awaitAction(a -> a.isMixMonitorMute("PJSIP/trunk-00000002", 1), WAIT)).isPresent();
        assertThat(emulator.receivedActions()).extracting(ReceivedAction::name)
                .containsExactly("Login", "MixMonitorMute", "MixMonitorMute", "MixMonitorMute");
    }

    @Test
    void deliversDtmfOnlyToSessionsWhoseUserAndMaskAllowIt() throws IOException, InterruptedException {
        emulator.addChannel(EmulatedChannel.recorded("PJSIP/trunk-00000003", "1795510179.3"));
        try (AmiWireClient admin = new AmiWireClient(emulator.port(), WAIT);
                AmiWireClient ledgerline = new AmiWireClient(emulator.port(), WAIT)) {
            admin.readLine();
            ledgerline.readLine();
            admin.write("Action: Login\r\nUsername: admin\r\nSecret: adminpw\r\nEvents: dtmf\r\n\r\n");
            admin.readMessage();
            ledgerline.write("Action: Login\r\nUsername: ledgerline\r\nSecret: s3cret\r\n\r\n");
            ledgerline.readMessage();
            assertThat(emulator.awaitLogins(2, WAIT)).isTrue();

            assertThat(emulator.pressKey("PJSIP/trunk-00000003", '4')).isEqualTo(1);

            assertThat(admin.readMessage()).containsEntry("Event", "DTMFBegin").containsEntry("Privilege", "dtmf,all")
                    .containsEntry("Digit", "4").containsEntry("Direction", "Received");
            assertThat(admin.readMessage()).containsEntry("Event", "DTMFEnd").containsEntry("Digit", "4")
                    .containsKey("DurationMs");
        }
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
