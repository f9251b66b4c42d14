package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ledgerline.ivr.call.CallFlow;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.DialplanDestination;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.AsteriskAgiEmulator;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.Caller;
import org.ledgerline.ivr.simulator.CallerAction;
import org.ledgerline.ivr.simulator.EmulatorOptions;
import org.ledgerline.ivr.testing.InMemoryLedger;

/**
 * The switch connection fails mid-call, over TCP, with the real call runner behind the script: the
 * call ends with {@code AJ_AGISTATUS=FAILED} (the dialplan then sends the caller to a person),
 * counts as an error, is recorded as a channel failure, and nothing is logged at ERROR or with a
 * stack trace, nor does any reply text reach a log line.
 */
class ChannelFailureIT {
    private static final String STATUS_FAILED = "SET VARIABLE \"AJ_AGISTATUS\" \"FAILED\"";
    private static final String STATUS_SUCCESS = "SET VARIABLE \"AJ_AGISTATUS\" \"SUCCESS\"";
    /** Digits a garbled reply carries, as a reply to a key prompt can. */
    private static final String KEYED_DIGITS = "4111111111111111";

    private final Clock clock = Clock.systemUTC();
    private final InMemoryLedger ledger = new InMemoryLedger(clock);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private FastAgiServer server;

    /** A menu: one prompt, then one key. */
    private static final CallFlow MENU = new CallFlow() {
        @Override
        public String name() {
            return "selfserve";
        }

        @Override
        public void handle(CallSession session) {
            session.channel().collect(Utterance.of("menu"), DigitSpec.singleKey(Duration.ofSeconds(5)));
        }
    };

    @BeforeEach
    void startServer() throws IOException {
        CallRunner runner = new CallRunner(List.of(MENU), ledger.calls(),
                new PersonHandOff(DialplanDestination.parse("ledgerline-agents,s,1")), clock);
        server = new FastAgiServer(new CallScript(runner, new FakeSoundLibrary(), new AgiMetrics(registry), clock),
                InetAddress.getLoopbackAddress(), 0, FastAgiServer.DEFAULT_BACKLOG, FastAgiServer.LOOPBACK_ONLY);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void aGarbledReplyEndsTheCallWithAgiStatusFailedAndNoStackTrace() throws IOException {
        AgiEnvironment call = AgiEnvironment.sipCall("selfserve", "5551001");
        List<String> commands;
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            commands = callAnswering(call, command -> command.startsWith("STREAM FILE")
                    ? List.of("200 result=" + KEYED_DIGITS + "x endpos=8000")
                    : List.of("200 result=0"));

            assertThat(logs.atLevel(Level.ERROR)).isEmpty();
            assertThat(logs.events()).allSatisfy(e -> {
                assertThat(e.getThrowableProxy()).isNull();
                assertThat(e.getFormattedMessage()).doesNotContain(KEYED_DIGITS);
            });
        }
        assertThat(commands).endsWith(STATUS_FAILED).doesNotContain(STATUS_SUCCESS);
        assertCountedAsAnErrorAndRecordedAsAChannelFailure(call);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "510 Invalid or unknown command",
            "520-Invalid command syntax.  Proper usage follows:\nSend the given file.\n520 End of proper usage."})
    void asteriskRefusingACommandEndsTheCallAsAChannelFailure(String refusal) throws IOException {
        AgiEnvironment call = AgiEnvironment.sipCall("selfserve", "5551001");
        List<String> commands;
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            commands = callAnswering(call, command -> command.startsWith("STREAM FILE")
                    ? refusal.lines().toList()
                    : List.of("200 result=0"));

            assertThat(logs.atLevel(Level.ERROR)).isEmpty();
            assertThat(logs.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        }
        assertThat(commands).containsExactly("ANSWER", "STREAM FILE \"/sounds/en/menu\" \"0123456789*#\"",
                STATUS_FAILED);
        assertCountedAsAnErrorAndRecordedAsAChannelFailure(call);
    }

    @Test
    void theEmulatedAsteriskRecordsTheFailedStatusTheDialplanWouldRead() throws IOException {
        AgiEnvironment call = AgiEnvironment.sipCall("selfserve", "5551001");
        AsteriskAgiEmulator asterisk = new AsteriskAgiEmulator("127.0.0.1", server.port(),
                EmulatorOptions.defaults().withSocketTimeout(Duration.ofSeconds(20)));

        CallTranscript transcript = asterisk.call(call, new KeyNoPhoneCanSend());

        assertThat(transcript.promptKeys()).containsExactly("menu");
        assertThat(transcript.agiStatus()).contains("FAILED");
        assertCountedAsAnErrorAndRecordedAsAChannelFailure(call);
    }

    private void assertCountedAsAnErrorAndRecordedAsAChannelFailure(AgiEnvironment call) {
        assertThat(registry.get("ledgerline.agi.calls.errors").counter().count()).isEqualTo(1);
        assertThat(registry.get("ledgerline.agi.calls.served").counter().count()).isZero();
        assertThat(ledger.calls().findById(call.uniqueId()).orElseThrow().outcome()).isEqualTo("channel-failure");
    }

    /**
     * Places {@code call} as Asterisk does and answers each command with {@code asterisk}'s lines
     * until the server closes the connection; returns the commands received.
     */
    private List<String> callAnswering(AgiEnvironment call, Function<String, List<String>> asterisk)
            throws IOException {
        List<String> commands = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (String line : call.lines("127.0.0.1", server.port())) {
                out.write(line + "\n");
            }
            out.write("\n");
            out.flush();
            String command;
            while ((command = in.readLine()) != null) {
                commands.add(command);
                for (String line : asterisk.apply(command)) {
                    out.write(line + "\n");
                }
                out.flush();
            }
        }
        return commands;
    }

    /** Listens to prompts, then answers a key wait with a character no telephone keypad has. */
    private static final class KeyNoPhoneCanSend implements Caller {
        @Override
        public CallerAction duringPrompt(String escapeDigits) {
            return CallerAction.LISTEN;
        }

        @Override
        public CallerAction whenAsked() {
            return new CallerAction.Press('\u00e9');
        }
    }
}
