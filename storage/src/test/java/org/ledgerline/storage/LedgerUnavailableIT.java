package org.ledgerline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.testing.TestLedgers;

class LedgerUnavailableIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** Room for a loaded 2-core machine on top of the pool's own timeout. */
    private static final Duration SLACK = Duration.ofMillis(1500);

    @Test
    void aStoppedDatabaseGivesLedgerUnavailableWithinTheConnectionTimeout() {
        EmbeddedLedgerServer server = TestLedgers.startStandaloneServer();
        try (Ledger ledger = Ledger.open(settings(server))) {
            assertThat(ledger.isReachable()).isTrue();
            assertThat(ledger.accounts().findById(1)).isEmpty();

            server.close();

            long started = System.nanoTime();
            assertThatThrownBy(() -> ledger.accounts().findById(1)).isInstanceOf(LedgerUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plus(SLACK));
            started = System.nanoTime();
            assertThatThrownBy(() -> ledger.invoices().findOpenInvoices(1))
                    .isInstanceOf(LedgerUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plus(SLACK));
            assertThat(ledger.isReachable()).isFalse();
        } finally {
            server.close();
        }
    }

    @Test
    void openingALedgerWhoseDatabaseIsDownFailsWithLedgerUnavailable() {
        LedgerSettings settings;
        try (EmbeddedLedgerServer server = TestLedgers.startStandaloneServer()) {
            settings = settings(server);
        }

        long started = System.nanoTime();
        assertThatThrownBy(() -> Ledger.open(settings))
                .isInstanceOf(LedgerUnavailableException.class)
                .hasMessageContaining("Cannot reach the ledger database");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plus(SLACK));
    }

    @Test
    void aClosedLedgerIsUnavailableAndNotReachable() {
        Ledger ledger = TestLedgers.newLedger();
        ledger.close();

        assertThat(ledger.isReachable()).isFalse();
        assertThatThrownBy(() -> ledger.calls().findById("c-1")).isInstanceOf(LedgerUnavailableException.class);
    }

    @Test
    void settingsNeverPrintThePassword() {
        LedgerSettings settings = new LedgerSettings("jdbc:postgresql://db/ledger?password=hunter2", "app", "s3cret", 4,
                TIMEOUT);

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("s3cret");
    }

    private static LedgerSettings settings(EmbeddedLedgerServer server) {
        return new LedgerSettings(server.jdbcUrl(), server.user(), server.password(), 2, TIMEOUT);
    }
}
