package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.storage.seed.DemoSeeder;

/**
 * The README's quick start: no database configured means an embedded PostgreSQL with the demo
 * ledger, kept in a data directory that survives a restart without being seeded twice.
 */
class EmbeddedDefaultsIT {

    @TempDir
    Path data;

    @Test
    void aNodeWithNoDatabaseConfiguredRunsTheDemoLedgerAndKeepsItAcrossRestarts() {
        Map<String, String> embedded = Map.of("ledgerline.database.embeddedDataDir",
                data.resolve("postgres").toString());
        long customers;
        try (RunningServer node = RunningServer.withProperties(embedded)) {
            assertThat(node.config.database().embedded()).isTrue();
            CallTranscript call = node.call(DemoSeeder.DEMO_PHONE_NUMBER, DemoSeeder.DEMO_PIN + "# 1 0");
            assertThat(call.promptKeys()).contains("id-verified", "balance-past-due");
            customers = customerCount(node);
            assertThat(customers).isEqualTo(DemoSeeder.CUSTOMER_COUNT);
        }
        try (RunningServer restarted = RunningServer.withProperties(embedded)) {
            assertThat(customerCount(restarted)).isEqualTo(customers);
            assertThat(restarted.get("/ready").statusCode()).isEqualTo(200);
        }
    }

    private static long customerCount(RunningServer node) {
        return node.server.ledger().jdbc().queryOne("count customers", "select count(*) from customers",
                rs -> rs.getLong(1));
    }
}
