package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.testing.LogCapture;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The database goes away while the node is up: callers hear an apology and reach a person at once,
 * the calls count as errors in {@code /metrics} and end with {@code AJ_AGISTATUS=FAILED}, readiness
 * turns DOWN, and the node keeps answering calls and health checks.
 */
class LedgerDownIT {
    private static final String PERSON = "ledgerline-agents,s,1";

    @Test
    void callersHearAnApologyAndReachAPersonWhileTheLedgerIsDown() {
        EmbeddedLedgerServer database = TestLedgers.startStandaloneServer();
        try (RunningServer node = RunningServer.on(TestLedgers.settingsFor(database, "postgres"), Map.of())) {
            assertThat(node.call(DemoSeeder.DEMO_PHONE_NUMBER, "H").promptKeys()).startsWith("selfserve-greeting");

            database.close();

            AgiEnvironment byCallerId = AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);
            AgiEnvironment byAccountNumber = AgiEnvironment.sipCall("selfserve", "");
            CallTranscript first;
            CallTranscript second;
            try (LogCapture runner = LogCapture.of(CallRunner.class)) {
                first = node.call(byCallerId, DemoSeeder.DEMO_PIN + "#");
                second = node.call(byAccountNumber, DemoSeeder.DEMO_ACCOUNT_NUMBER + "# " + DemoSeeder.DEMO_PIN + "#");

                // Each call tried the ledger once (its start); neither the flow's lookups nor the
                // end write made the caller wait for the pool's connection timeout again.
                for (AgiEnvironment call : List.of(byCallerId, byAccountNumber)) {
                    assertThat(runner.at(Level.WARN))
                            .filteredOn(e -> call.uniqueId().equals(e.getMDCPropertyMap().get(CallRunner.MDC_CALL_ID)))
                            .singleElement()
                            .satisfies(e -> assertThat(e.getFormattedMessage())
                                    .startsWith("ledger unavailable at the start of the call"));
                }
                assertThat(runner.at(Level.ERROR)).isEmpty();
            }
            for (CallTranscript call : List.of(first, second)) {
                assertThat(call.promptKeys()).containsExactly("call-ledger-unavailable", "call-transfer-to-person");
                assertThat(call.transferDestination()).contains(PERSON);
                assertThat(call.agiStatus()).contains("FAILED");
            }

            String metrics = node.get("/metrics").body();
            assertThat(counter(metrics, "ledgerline_agi_calls_errors_total")).isEqualTo(2.0);
            assertThat(counter(metrics, "ledgerline_agi_calls_served_total")).isEqualTo(1.0);

            assertThat(node.get("/health").statusCode()).isEqualTo(200);
            assertThat(node.get("/ready").statusCode()).isEqualTo(503);
            assertThat(node.get("/ready").body()).contains("\"ledger\":\"DOWN\"", "\"fastagi\":\"UP\"");
        } finally {
            database.close();
        }
    }

    /** The value of one Prometheus sample line ({@code name value} or {@code name{labels} value}). */
    private static double counter(String metrics, String name) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in /metrics"));
    }
}
