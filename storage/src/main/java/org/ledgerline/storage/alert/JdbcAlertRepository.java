package org.ledgerline.storage.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/** Alerts in table {@code alerts}; idempotent through its unique {@code idempotency_key}. */
public final class JdbcAlertRepository implements AlertRepository {
    private static final String DEFAULT_SEVERITY = "WARNING";
    private static final String COLUMNS = """
            id, idempotency_key, kind, severity, customer_id, account_id, subject, message, created_at, acknowledged_at
            """;

    private static final String RAISE = """
            insert into alerts (idempotency_key, kind, severity, customer_id, account_id, subject, message)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            returning %s
            """.formatted(COLUMNS);

    private static final String FIND_BY_KEY = "select " + COLUMNS + " from alerts where idempotency_key = ?";

    private static final String FIND_OPEN = """
            select %s
              from alerts
             where acknowledged_at is null
             order by created_at, id
            """.formatted(COLUMNS);

    private static final String ACKNOWLEDGE = """
            update alerts
               set acknowledged_at = coalesce(acknowledged_at, now())
             where id = ?
            """;

    private final Jdbc jdbc;

    public JdbcAlertRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Alert raise(String idempotencyKey, String kind, @Nullable Long customerId, @Nullable Long accountId,
            String subject, String message) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || kind == null || message == null) {
            throw new IllegalArgumentException("An alert needs an idempotency key, a kind and a message");
        }
        return jdbc.inTransaction("raise an alert", () -> jdbc
                .queryOptional("raise an alert", RAISE, JdbcAlertRepository::alert,
                        idempotencyKey, kind, DEFAULT_SEVERITY, customerId, accountId, subject, message)
                .or(() -> jdbc.queryOptional("find an alert", FIND_BY_KEY, JdbcAlertRepository::alert, idempotencyKey))
                .orElseThrow(() -> new StorageException("An alert's idempotency key collided but its alert is gone")));
    }

    @Override
    public List<Alert> findOpen() {
        return jdbc.query("find open alerts", FIND_OPEN, JdbcAlertRepository::alert);
    }

    @Override
    public boolean acknowledge(long alertId) {
        return jdbc.update("acknowledge an alert", ACKNOWLEDGE, alertId) == 1;
    }

    private static Alert alert(ResultSet row) throws SQLException {
        return new Alert(
                row.getLong("id"),
                row.getString("idempotency_key"),
                row.getString("kind"),
                row.getString("severity"),
                Jdbc.nullableLong(row, "customer_id"),
                Jdbc.nullableLong(row, "account_id"),
                row.getString("subject"),
                row.getString("message"),
                Jdbc.requiredInstant(row, "created_at"),
                Jdbc.instant(row, "acknowledged_at"));
    }
}
