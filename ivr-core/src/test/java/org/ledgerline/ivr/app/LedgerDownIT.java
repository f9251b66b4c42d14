package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the node is up: callers hear an apology and reach a person,
 * readiness turns DOWN, and the node keeps answering calls and health checks.
 */
class LedgerDownIT {

    @Test
    void callersHearAnApologyAndReachAPersonWhileTheLedgerIsDown() {
        EmbeddedLedgerServer database = TestLedgers.startStandaloneServer();
        try (RunningServer node = RunningServer.on(TestLedgers.settingsFor(database, "postgres"), Map.of())) {
            assertThat(node.call(DemoSeeder.DEMO_PHONE_NUMBER, "H").promptKeys()).startsWith("selfserve-greeting");

            database.close();

            CallTranscript first = node.call(DemoSeeder.DEMO_PHONE_NUMBER, DemoSeeder.DEMO_PIN + "#");
            assertThat(first.promptKeys()).containsSubsequence("call-ledger-unavailable", "call-transfer-to-person");
            assertThat(first.transferDestination()).contains("ledgerline-agents,s,1");

            CallTranscript second = node.call("", DemoSeeder.DEMO_ACCOUNT_NUMBER + "# " + DemoSeeder.DEMO_PIN + "#");
            assertThat(second.promptKeys()).contains("call-ledger-unavailable");
            assertThat(second.transferDestination()).contains("ledgerline-agents,s,1");

            assertThat(node.get("/health").statusCode()).isEqualTo(200);
            assertThat(node.get("/ready").statusCode()).isEqualTo(503);
            assertThat(node.get("/ready").body()).contains("\"ledger\":\"DOWN\"", "\"fastagi\":\"UP\"");
        } finally {
            database.close();
        }
    }
}
