package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.call.CallOutcome;
import org.ledgerline.ivr.call.ChannelFailureException;

/**
 * How a call's end reaches Asterisk and the metrics: the script runs on Asterisk-Java's own
 * connection handler over an in-memory connection, so the {@code AJ_AGISTATUS} the dialplan reads
 * is the one the library would really leave on the channel.
 */
class CallScriptTest {
    private static final String STATUS_FAILED = "SET VARIABLE \"AJ_AGISTATUS\" \"FAILED\"";
    private static final String STATUS_SUCCESS = "SET VARIABLE \"AJ_AGISTATUS\" \"SUCCESS\"";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AgiMetrics metrics = new AgiMetrics(registry);

    private ScriptedAgiConnection call(CallHandler handler, Function<String, List<String>> asterisk) {
        return ScriptedAgiConnection.serve(new CallScript(handler, new FakeSoundLibrary(), metrics, Clock.systemUTC()),
                asterisk);
    }

    private double served() {
        return registry.get("ledgerline.agi.calls.served").counter().count();
    }

    private double errors() {
        return registry.get("ledgerline.agi.calls.errors").counter().count();
    }

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"LEDGER_UNAVAILABLE", "UNKNOWN_FLOW", "CHANNEL_FAILURE", "FAILED"})
    void aCallEndingInErrorCountsAsAnErrorAndLeavesAgiStatusFailed(CallOutcome outcome) {
        ScriptedAgiConnection connection = call((flow, session) -> outcome, ScriptedAgiConnection.QUIET_CALLER);

        assertThat(errors()).isEqualTo(1);
        assertThat(served()).isZero();
        assertThat(connection.commands()).endsWith(STATUS_FAILED).doesNotContain(STATUS_SUCCESS);
        assertThat(connection.closed()).isTrue();
        assertThat(metrics.activeCalls()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"COMPLETED", "TRANSFERRED", "CALLER_HUNG_UP"})
    void aCallEndingNormallyCountsAsServedAndLeavesAgiStatusSuccess(CallOutcome outcome) {
        ScriptedAgiConnection connection = call((flow, session) -> outcome, ScriptedAgiConnection.QUIET_CALLER);

        assertThat(served()).isEqualTo(1);
        assertThat(errors()).isZero();
        assertThat(connection.commands()).endsWith(STATUS_SUCCESS).doesNotContain(STATUS_FAILED);
    }

    @Test
    void aBrokenSwitchConnectionFromTheHandlerEndsFailedAtWarnWithoutAStackTrace() {
        ScriptedAgiConnection connection;
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            connection = call((flow, session) -> {
                throw new ChannelFailureException("unexpected status -1 to STREAM FILE", null);
            }, ScriptedAgiConnection.QUIET_CALLER);

            assertThat(logs.atLevel(Level.ERROR)).isEmpty();
            assertThat(logs.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
            assertThat(logs.atLevel(Level.WARN)).singleElement()
                    .satisfies(e -> assertThat(e.getFormattedMessage())
                            .isEqualTo("Call lost: unexpected status -1 to STREAM FILE"));
        }
        assertThat(connection.commands()).endsWith(STATUS_FAILED).doesNotContain(STATUS_SUCCESS);
        assertThat(errors()).isEqualTo(1);
    }

    @Test
    void aDefectInTheHandlerIsLoggedWholeAndEndsFailed() {
        ScriptedAgiConnection connection;
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            connection = call((flow, session) -> {
                throw new IllegalStateException("bug");
            }, ScriptedAgiConnection.QUIET_CALLER);

            assertThat(logs.atLevel(Level.ERROR)).singleElement()
                    .satisfies(e -> assertThat(e.getThrowableProxy().getClassName())
                            .isEqualTo(IllegalStateException.class.getName()));
        }
        assertThat(connection.commands()).endsWith(STATUS_FAILED).doesNotContain(STATUS_SUCCESS);
        assertThat(errors()).isEqualTo(1);
    }

    @Test
    void aFailureIsStillCountedQuietlyWhenAsteriskIsAlreadyGone() {
        ScriptedAgiConnection connection;
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            connection = call((flow, session) -> CallOutcome.CHANNEL_FAILURE,
                    command -> command.startsWith("SET VARIABLE") ? List.of() : List.of("200 result=0"));

            assertThat(logs.atLevel(Level.ERROR)).isEmpty();
            assertThat(logs.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        }
        assertThat(connection.commands()).containsOnlyOnce(STATUS_FAILED).doesNotContain(STATUS_SUCCESS);
        assertThat(errors()).isEqualTo(1);
        assertThat(metrics.activeCalls()).isZero();
    }
}
