package org.ledgerline.storage.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.account.PinHasher;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;
import org.ledgerline.storage.seed.DemoSeeder;

/**
 * Real ledgers for integration tests. One embedded PostgreSQL serves the whole JVM (started on
 * first use, stopped by a shutdown hook); each {@link #newLedger()} gets a brand-new database
 * copied from a migrated template, so tests never see each other's rows and need no clean-up
 * beyond closing the ledger.
 *
 * <p>Tests that must kill the database use {@link #startStandaloneServer()} and close it themselves.
 */
public final class TestLedgers {
    /** Short, so a test of "database down" finishes quickly, yet roomy for a busy 2-core machine. */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    public static final int POOL_SIZE = 4;
    /** bcrypt cost 4: the lowest the library allows, ~1 ms per hash. */
    public static final int FAST_BCRYPT_COST = 4;

    private static final String TEMPLATE = "ledger_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestLedgers() {}

    /** A migrated, empty ledger on its own database. Close it at the end of the test. */
    public static Ledger newLedger() {
        return Ledger.open(newDatabase());
    }

    /** A migrated ledger filled by {@link DemoSeeder} as of {@code today}. */
    public static Ledger newSeededLedger(LocalDate today) {
        Ledger ledger = newLedger();
        DemoSeeder.seedIfEmpty(ledger, fastPinHasher(), today);
        return ledger;
    }

    /** Settings for a new, already-migrated database on the shared server. */
    public static LedgerSettings newDatabase() {
        EmbeddedLedgerServer server = SharedServer.INSTANCE;
        String name = "test_" + DATABASES.incrementAndGet();
        execute(server, "create database " + name + " template " + TEMPLATE);
        return settingsFor(server, name);
    }

    /** The pool settings tests use against {@code database} on {@code server}. */
    public static LedgerSettings settingsFor(EmbeddedLedgerServer server, String database) {
        return new LedgerSettings(server.jdbcUrl(database), server.user(), server.password(), POOL_SIZE,
                CONNECTION_TIMEOUT);
    }

    /** A server of the test's own, on a random port, that it may stop; the caller closes it. */
    public static EmbeddedLedgerServer startStandaloneServer() {
        return EmbeddedLedgerServer.builder().durable(false).start();
    }

    /** A PIN hasher cheap enough for tests. */
    public static PinHasher fastPinHasher() {
        return new PinHasher(FAST_BCRYPT_COST);
    }

    private static void execute(EmbeddedLedgerServer server, String sql) {
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database set-up failed: " + sql, e);
        }
    }

    /** Lazy holder: the server starts on first use and once per JVM. */
    private static final class SharedServer {
        static final EmbeddedLedgerServer INSTANCE = start();

        private static EmbeddedLedgerServer start() {
            EmbeddedLedgerServer server = EmbeddedLedgerServer.builder().durable(false).maxConnections(300).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-ledger-shutdown"));
            execute(server, "create database " + TEMPLATE);
            Ledger.open(settingsFor(server, TEMPLATE)).close();
            // A template nobody can connect to can always be copied.
            execute(server, "alter database " + TEMPLATE + " with is_template true allow_connections false");
            return server;
        }
    }
}
