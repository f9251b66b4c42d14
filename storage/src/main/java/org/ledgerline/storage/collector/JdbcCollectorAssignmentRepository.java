package org.ledgerline.storage.collector;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/**
 * Assignments in table {@code collector_assignments}. The partial unique index on the active
 * assignment of an account makes concurrent hand-overs serialise: the loser's insert conflicts and it
 * reads the winner's row.
 */
public final class JdbcCollectorAssignmentRepository implements CollectorAssignmentRepository {
    /** Audit action written when an account is given to a collector (subject: the account). */
    public static final String ACCOUNT_ASSIGNED = "ACCOUNT_ASSIGNED";
    /** Audit action written when an account's assignment ends (subject: the account). */
    public static final String ACCOUNT_UNASSIGNED = "ACCOUNT_UNASSIGNED";

    private static final String SELECT = """
            select id, user_id, account_id, assigned_from, assigned_by, active, ended_at, ended_by
              from collector_assignments
            """;

    private static final String END_ACTIVE = """
            update collector_assignments
               set active = false, ended_at = greatest(?, assigned_from), ended_by = ?
             where account_id = ? and active
            returning user_id
            """;

    private static final String INSERT = """
            insert into collector_assignments (user_id, account_id, assigned_from, assigned_by)
            values (?, ?, ?, ?)
            on conflict (account_id) where active do nothing
            returning id
            """;

    private final Jdbc jdbc;
    private final AuditLog audit;

    public JdbcCollectorAssignmentRepository(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public CollectorAssignment assign(long userId, long accountId, Instant from, String assignedBy) {
        return jdbc.inTransaction("assign an account to a collector", () -> {
            Optional<CollectorAssignment> current = activeAssignmentOf(accountId);
            if (current.isPresent() && current.get().userId() == userId) {
                return current.get();
            }
            if (current.isPresent()) {
                unassign(accountId, from, assignedBy);
            }
            Optional<Long> inserted = jdbc.queryOptional("assign an account to a collector", INSERT,
                    row -> row.getLong(1), userId, accountId, from, assignedBy);
            if (inserted.isPresent()) {
                audit.append(assignedBy, ACCOUNT_ASSIGNED, "account", Long.toString(accountId), null,
                        "Assigned to user " + userId);
            }
            return activeAssignmentOf(accountId).orElseThrow(
                    () -> new StorageException("An assignment just made cannot be read"));
        });
    }

    @Override
    public boolean unassign(long accountId, Instant at, String endedBy) {
        return jdbc.inTransaction("end an account's assignment", () -> {
            List<Long> ended = jdbc.query("end an account's assignment", END_ACTIVE, row -> row.getLong(1), at,
                    endedBy, accountId);
            for (long userId : ended) {
                audit.append(endedBy, ACCOUNT_UNASSIGNED, "account", Long.toString(accountId), null,
                        "No longer assigned to user " + userId);
            }
            return !ended.isEmpty();
        });
    }

    @Override
    public List<CollectorAssignment> worklistOf(long userId) {
        return jdbc.query("read a collector's worklist", SELECT + "where user_id = ? and active order by id",
                JdbcCollectorAssignmentRepository::assignment, userId);
    }

    @Override
    public Optional<CollectorAssignment> activeAssignmentOf(long accountId) {
        return jdbc.queryOptional("read an account's assignment", SELECT + "where account_id = ? and active",
                JdbcCollectorAssignmentRepository::assignment, accountId);
    }

    @Override
    public List<CollectorAssignment> historyOf(long accountId) {
        return jdbc.query("read an account's assignments", SELECT + "where account_id = ? order by id",
                JdbcCollectorAssignmentRepository::assignment, accountId);
    }

    private static CollectorAssignment assignment(ResultSet row) throws SQLException {
        return new CollectorAssignment(
                row.getLong("id"),
                row.getLong("user_id"),
                row.getLong("account_id"),
                Jdbc.requiredInstant(row, "assigned_from"),
                row.getString("assigned_by"),
                row.getBoolean("active"),
                Jdbc.instant(row, "ended_at"),
                row.getString("ended_by"));
    }
}
