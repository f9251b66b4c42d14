package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallOutcome;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.simulator.AgiEnvironment;

/**
 * Channel variables and the dialplan's arguments through Asterisk-Java's real reply parsing: what
 * the collector gate reads ({@code agi_extension}, {@code agi_arg_1}, {@code GET VARIABLE}) and
 * writes ({@code SET VARIABLE}).
 */
class AgiChannelVariablesTest {
    private final AgiMetrics metrics = new AgiMetrics(new SimpleMeterRegistry());

    private static final AgiEnvironment COLLECTOR_CALL = new AgiEnvironment("gate", "2001", "Ana",
            "PJSIP/2001-00000007",
            "1795510179.7", "en", "ledgerline-collectors", "2125550100", List.of("2125550100"));

    @Test
    void theSessionCarriesTheDialledExtensionAndTheScriptArguments() {
        Queue<CallSession> sessions = new ConcurrentLinkedQueue<>();

        ScriptedAgiConnection.serve(new CallScript((flow, session) -> {
            sessions.add(session);
            return CallOutcome.COMPLETED;
        }, new FakeSoundLibrary(), metrics, Clock.systemUTC()), COLLECTOR_CALL, ScriptedAgiConnection.QUIET_CALLER);

        assertThat(sessions).singleElement().satisfies(session -> {
            assertThat(session.extension()).isEqualTo("2125550100");
            assertThat(session.arguments()).containsExactly("2125550100");
            assertThat(session.channelName()).isEqualTo("PJSIP/2001-00000007");
        });
    }

    @Test
    void aSetVariableIsSentAndAVariableIsReadFromTheReplysParentheses() {
        Queue<Optional<String>> read = new ConcurrentLinkedQueue<>();

        ScriptedAgiConnection connection = ScriptedAgiConnection.serve(new CallScript((flow, session) -> {
            session.channel().setVariable("LEDGERLINE_GATE", "ALLOW");
            read.add(session.channel().variable("LEDGERLINE_ACCOUNT"));
            read.add(session.channel().variable("UNSET"));
            return CallOutcome.COMPLETED;
        }, new FakeSoundLibrary(), metrics, Clock.systemUTC()), COLLECTOR_CALL,
                command -> command.equals("GET VARIABLE \"LEDGERLINE_ACCOUNT\"")
                        ? List.of("200 result=1 (20)")
                        : List.of(command.startsWith("GET VARIABLE") ? "200 result=0" : "200 result=1"));

        // Asterisk-Java quotes names and values; Asterisk's argument parser strips the quotes.
        assertThat(connection.commands()).contains("SET VARIABLE \"LEDGERLINE_GATE\" \"ALLOW\"",
                "GET VARIABLE \"LEDGERLINE_ACCOUNT\"", "GET VARIABLE \"UNSET\"");
        assertThat(read).containsExactly(Optional.of("20"), Optional.empty());
    }
}
