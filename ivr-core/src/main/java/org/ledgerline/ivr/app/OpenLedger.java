package org.ledgerline.ivr.app;

import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured ledger, opened the way {@code serve} opens it: a real PostgreSQL from
 * {@code database.url}, or the embedded one in {@code database.embeddedDataDir}. Closing it closes
 * the pool and, if it started one, the embedded server.
 */
final class OpenLedger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenLedger.class);

    private final Ledger ledger;
    private final @Nullable EmbeddedLedgerServer embedded;

    private OpenLedger(Ledger ledger, @Nullable EmbeddedLedgerServer embedded) {
        this.ledger = ledger;
        this.embedded = embedded;
    }

    /** For a command that closes it when done; an embedded server also stops if the JVM is stopped first. */
    static OpenLedger open(LedgerLineConfig.Database db) {
        return open(db, false);
    }

    /**
     * For a node, which closes the ledger and then the embedded server last, in its own shutdown hook
     * ({@link LedgerLineServer#startUntilJvmExit}); the server has no hook of its own to race it.
     */
    static OpenLedger openForNode(LedgerLineConfig.Database db) {
        return open(db, true);
    }

    private static OpenLedger open(LedgerLineConfig.Database db, boolean stoppedByTheNode) {
        if (!db.embedded()) {
            return new OpenLedger(Ledger.open(new LedgerSettings(db.url(), db.user(), db.password(), db.poolSize(),
                    db.connectionTimeout())), null);
        }
        EmbeddedLedgerServer.Builder builder = EmbeddedLedgerServer.builder()
                .dataDirectory(db.embeddedDataDir())
                .port(db.embeddedPort());
        if (stoppedByTheNode) {
            builder.stoppedByItsOwner();
        }
        EmbeddedLedgerServer embedded = builder.start();
        try {
            LOG.info("Embedded PostgreSQL on port {} with data in {}", embedded.port(),
                    db.embeddedDataDir().toAbsolutePath());
            return new OpenLedger(
                    Ledger.open(new LedgerSettings(embedded.jdbcUrl(), embedded.user(), embedded.password(),
                            db.poolSize(), db.connectionTimeout())),
                    embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    Ledger ledger() {
        return ledger;
    }

    /** The embedded server, if this ledger runs on one (so the node can stop it last). */
    @Nullable
    EmbeddedLedgerServer embedded() {
        return embedded;
    }

    @Override
    public void close() {
        try {
            ledger.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
