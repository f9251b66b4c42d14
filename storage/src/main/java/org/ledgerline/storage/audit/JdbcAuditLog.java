package org.ledgerline.storage.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.Jdbc;

/**
 * The audit log in table {@code audit_log}. Appends join the caller's transaction, so an audited
 * change and its audit line commit or roll back together.
 */
public final class JdbcAuditLog implements AuditLog {
    private static final String APPEND = """
            insert into audit_log (actor, action, subject_type, subject_id, call_id, detail)
            values (?, ?, ?, ?, ?, ?)
            """;
    private static final String APPEND_ONCE = """
            insert into audit_log (idempotency_key, actor, action, subject_type, subject_id, call_id, detail)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            """;
    private static final String FIND_BY_SUBJECT = """
            select id, at, actor, action, subject_type, subject_id, call_id, detail
              from audit_log
             where subject_type = ? and subject_id = ?
             order by id
            """;

    private final Jdbc jdbc;

    public JdbcAuditLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(String actor, String action, String subjectType, String subjectId, @Nullable String callId,
            @Nullable String detail) {
        jdbc.update("append to the audit log", APPEND, actor, action, subjectType, subjectId, callId, detail);
    }

    @Override
    public boolean appendOnce(
            String idempotencyKey, String actor, String action, String subjectType, String subjectId,
            @Nullable String callId, @Nullable String detail) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("An audit line appended once needs an idempotency key");
        }
        return jdbc.update("append to the audit log once", APPEND_ONCE,
                idempotencyKey, actor, action, subjectType, subjectId, callId, detail) == 1;
    }

    @Override
    public List<AuditEntry> findBySubject(String subjectType, String subjectId) {
        return jdbc.query("read the audit log", FIND_BY_SUBJECT, JdbcAuditLog::entry, subjectType, subjectId);
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(
                row.getLong("id"),
                Jdbc.requiredInstant(row, "at"),
                row.getString("actor"),
                row.getString("action"),
                row.getString("subject_type"),
                row.getString("subject_id"),
                row.getString("call_id"),
                row.getString("detail"));
    }
}
