package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallOutcome;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.ChannelFailureException;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * Asterisk's refusals as the channel port sees them, with Asterisk-Java's real reply parsing over an
 * in-memory connection: 510 and 520 end the call as a channel failure whose message names the verb
 * only, 511 is the caller hanging up.
 */
class AgiCommandSenderTest {
    /** Asterisk 20's 520 answer: the usage text between a continuation line and the last line. */
    private static final List<String> INVALID_SYNTAX = List.of(
            "520-Invalid command syntax.  Proper usage follows:",
            "Send the given file, allowing playback to be interrupted by the given digits, if any.",
            "520 End of proper usage.");
    private static final String STATUS_FAILED = "SET VARIABLE \"AJ_AGISTATUS\" \"FAILED\"";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AgiMetrics metrics = new AgiMetrics(registry);
    private final Queue<RuntimeException> thrown = new ConcurrentLinkedQueue<>();

    /** A call whose flow plays one prompt; Asterisk answers STREAM FILE with {@code refusal}. */
    private ScriptedAgiConnection callRefusingStreamFile(List<String> refusal) {
        Function<String, List<String>> asterisk = command -> command.startsWith("STREAM FILE")
                ? refusal
                : ScriptedAgiConnection.QUIET_CALLER.apply(command);
        CallScript script = new CallScript((flow, session) -> {
            try {
                session.channel().play(Utterance.of("account-1234"));
                return CallOutcome.COMPLETED;
            } catch (RuntimeException e) {
                thrown.add(e);
                throw e;
            }
        }, new FakeSoundLibrary(), metrics, Clock.systemUTC());
        return ScriptedAgiConnection.serve(script, asterisk);
    }

    @Test
    void anInvalidOrUnknownCommandReplyIsAChannelFailureNamingTheVerbOnly() {
        ScriptedAgiConnection connection;
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            connection = callRefusingStreamFile(List.of("510 Invalid or unknown command"));

            assertThat(logs.atLevel(Level.ERROR)).isEmpty();
            assertThat(logs.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        }
        assertThat(thrown).singleElement().isInstanceOf(ChannelFailureException.class).satisfies(e -> {
            assertThat(e).hasMessage("Asterisk does not know STREAM FILE (510)").hasNoCause();
        });
        assertThat(connection.commands()).endsWith(STATUS_FAILED);
        assertThat(registry.get("ledgerline.agi.calls.errors").counter().count()).isEqualTo(1);
    }

    @Test
    void anInvalidSyntaxReplyIsAChannelFailureAndItsUsageLinesAreConsumed() {
        ScriptedAgiConnection connection;
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            connection = callRefusingStreamFile(INVALID_SYNTAX);

            assertThat(logs.atLevel(Level.ERROR)).isEmpty();
            assertThat(logs.events()).noneMatch(e -> e.getFormattedMessage().contains("Send the given file"));
        }
        assertThat(thrown).singleElement().isInstanceOf(ChannelFailureException.class).satisfies(e -> {
            assertThat(e).hasMessage("Asterisk refused the syntax of STREAM FILE (520)").hasNoCause();
        });
        assertThat(connection.commands()).containsExactly("ANSWER", "STREAM FILE \"/sounds/en/account-1234\" \"\"",
                STATUS_FAILED);
        assertThat(registry.get("ledgerline.agi.command").tag("command", "STREAM FILE").timer().count()).isEqualTo(1);
    }

    @Test
    void aDeadChannelReplyIsTheCallerHangingUpAndNoError() {
        ScriptedAgiConnection connection = callRefusingStreamFile(
                List.of("HANGUP", "511 Command Not Permitted on a dead channel or intercept routine"));

        assertThat(thrown).singleElement().isInstanceOf(CallerHungUpException.class);
        assertThat(connection.commands()).doesNotContain(STATUS_FAILED);
        assertThat(registry.get("ledgerline.agi.calls.served").counter().count()).isEqualTo(1);
        assertThat(registry.get("ledgerline.agi.calls.errors").counter().count()).isZero();
    }
}
