package org.ledgerline.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;

class EmbeddedLedgerServerIT {

    @Test
    void keepsTheLedgerAcrossARestartWithAPersistentDataDirectory(@TempDir Path dataDirectory) {
        LocalDate today = LocalDate.of(2026, 11, 24);
        try (EmbeddedLedgerServer server = EmbeddedLedgerServer.builder().dataDirectory(dataDirectory).durable(false)
                .start();
                Ledger ledger = Ledger.open(settings(server))) {
            assertThat(DemoSeeder.seedIfEmpty(ledger, TestLedgers.fastPinHasher(), today)).isTrue();
        }

        try (EmbeddedLedgerServer server = EmbeddedLedgerServer.builder().dataDirectory(dataDirectory).durable(false)
                .start();
                Ledger ledger = Ledger.open(settings(server))) {
            assertThat(DemoSeeder.seedIfEmpty(ledger, TestLedgers.fastPinHasher(), today)).isFalse();
            assertThat(ledger.accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER)).isPresent();
        }
    }

    private static LedgerSettings settings(EmbeddedLedgerServer server) {
        return new LedgerSettings(server.jdbcUrl(), server.user(), server.password(), 2, Duration.ofSeconds(2));
    }
}
