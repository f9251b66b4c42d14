package org.ledgerline.storage.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server run from the zonky binaries inside this JVM's lifetime: the ledger for "just
 * run it" and for tests. With a data directory it keeps its data across restarts; without one it
 * starts empty in a temporary directory. When run as root, zonky starts initdb and postgres inside
 * {@code unshare -U}, so this works unprivileged-in-a-namespace.
 *
 * <p>The server trusts local connections, so {@link #password()} is only a placeholder the pool
 * sends; never expose this port beyond loopback.
 */
public final class EmbeddedLedgerServer implements AutoCloseable {
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedLedgerServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throwaway server on a random port, its data deleted when it stops. */
    public static EmbeddedLedgerServer startEphemeral() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** JDBC URL of the default database ({@code postgres}). */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** JDBC URL of another database on this server (e.g. one made per test). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return USER;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops the server (fast shutdown: open connections are cut). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StorageException("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** Options for {@link EmbeddedLedgerServer}. */
    public static final class Builder {
        private @Nullable Path dataDirectory;
        private int port;
        private boolean durable = true;
        private int maxConnections = 200;
        private boolean stopsWithTheJvm = true;

        private Builder() {}

        /**
         * The caller stops the server itself, after everything that uses it (a node, whose own
         * shutdown hook closes its parts in order). Without this the server registers a JVM shutdown
         * hook of its own, which runs at the same time as the node's and cuts the connections of
         * workers still finishing their work.
         */
        public Builder stoppedByItsOwner() {
            this.stopsWithTheJvm = false;
            return this;
        }

        /** Keep data in this directory across restarts (created on first start). Null: a temporary directory. */
        public Builder dataDirectory(@Nullable Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /** TCP port on loopback; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /** False turns off fsync and synchronous commit: much faster, loses data on a crash. For tests. */
        public Builder durable(boolean durable) {
            this.durable = durable;
            return this;
        }

        /** PostgreSQL's max_connections; tests open many small pools. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** Starts the server, or throws {@link LedgerUnavailableException} saying why it could not. */
        public EmbeddedLedgerServer start() {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", Integer.toString(maxConnections))
                    .setServerConfig("listen_addresses", "localhost")
                    .setRegisterShutdownHook(stopsWithTheJvm);
            if (port != 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (!durable) {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            try {
                return new EmbeddedLedgerServer(builder.start());
            } catch (IOException | RuntimeException e) {
                throw new LedgerUnavailableException(
                        "Embedded PostgreSQL failed to start"
                                + (dataDirectory == null ? "" : " with data directory " + dataDirectory)
                                + (port == 0 ? "" : " on port " + port),
                        e);
            }
        }
    }
}
