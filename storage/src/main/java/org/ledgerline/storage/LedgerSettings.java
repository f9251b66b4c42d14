package org.ledgerline.storage;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the ledger database.
 *
 * @param jdbcUrl PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://db:5432/ledger}
 * @param user database user
 * @param password database password (never logged)
 * @param maxPoolSize most connections the pool holds open
 * @param connectionTimeout longest a caller waits for a connection before the ledger counts as
 *     unavailable; keep it short (a caller is on the line)
 */
public record LedgerSettings(String jdbcUrl, String user, String password, int maxPoolSize,
        Duration connectionTimeout) {
    /** HikariCP refuses connection timeouts below this. */
    public static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public LedgerSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbcUrl must be a PostgreSQL JDBC URL (jdbc:postgresql:...)");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
        if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms");
        }
    }

    /** The URL without its query string, which may carry credentials: safe for messages and logs. */
    public String redactedJdbcUrl() {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    @Override
    public String toString() {
        return "LedgerSettings[jdbcUrl=" + redactedJdbcUrl() + ", user=" + user + ", maxPoolSize=" + maxPoolSize
                + ", connectionTimeout=" + connectionTimeout + "]";
    }
}
