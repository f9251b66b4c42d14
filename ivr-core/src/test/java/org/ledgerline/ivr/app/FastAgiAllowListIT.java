package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The FastAGI allow-list on a real node: {@code agi.allowedPeers=127.0.0.1/32}, and a client bound
 * to another loopback address (127.0.0.2, which Linux routes over {@code lo} like 127.0.0.1) stands
 * in for someone on the network posing as Asterisk.
 */
class FastAgiAllowListIT {
    private static final int SOCKET_TIMEOUT_MILLIS = 10_000;
    private static RunningServer node;

    @BeforeAll
    static void startNode() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of("ledgerline.agi.allowedPeers", "127.0.0.1/32"));
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void aPeerOutsideTheAllowListIsClosedWithoutAByteAndNoCallIsServedOrWritten() throws IOException {
        AgiEnvironment impostor = AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);
        byte[] received;
        int firstRead;
        List<ILoggingEvent> events;
        try (NodeLogCapture logs = NodeLogCapture.from(Level.DEBUG)) {
            try (Socket listener = socketFrom127002()) {
                firstRead = listener.getInputStream().read();
            }
            received = talkFrom127002(impostor);
            events = logs.events();
        }

        assertThat(firstRead).as("a peer that waits hears only the close").isEqualTo(-1);
        assertThat(received).as("a peer that speaks first gets no byte back").isEmpty();
        assertThat(node.server.ledger().calls().findById(impostor.uniqueId())).isEmpty();
        assertThat(events).noneMatch(e -> e.getFormattedMessage().startsWith("Call on")
                || e.getFormattedMessage().startsWith("Received connection"));
        assertThat(events).filteredOn(e -> e.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .as("two refusals within a minute: one WARN line")
                .singleElement().asString()
                .startsWith("Refused a FastAGI connection from 127.0.0.2: not in agi.allowedPeers (127.0.0.1/32)");
    }

    @Test
    void anAllowedPeerIsServedAsBefore() {
        AgiEnvironment asterisk = AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);

        CallTranscript call = node.call(asterisk, "H");

        assertThat(call.promptKeys()).startsWith("selfserve-greeting");
        assertThat(node.server.ledger().calls().findById(asterisk.uniqueId())).isPresent();
    }

    /** Sends a whole Asterisk environment as Asterisk would, then reads until the server closes. */
    private static byte[] talkFrom127002(AgiEnvironment environment) throws IOException {
        try (Socket socket = socketFrom127002()) {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                OutputStream out = socket.getOutputStream();
                out.write((String.join("\n", environment.lines("127.0.0.1", node.server.agiPort())) + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                in.transferTo(received);
            } catch (SocketException closedUnderUs) {
                // The server closed before (or while) our environment arrived: a reset, with nothing sent to us.
                assertThat(closedUnderUs.getMessage()).containsAnyOf("reset", "Broken pipe");
            }
            return received.toByteArray();
        }
    }

    private static Socket socketFrom127002() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress("127.0.0.2", 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), node.server.agiPort()),
                SOCKET_TIMEOUT_MILLIS);
        socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
        return socket;
    }
}
