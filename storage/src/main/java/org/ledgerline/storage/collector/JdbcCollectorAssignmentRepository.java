package org.ledgerline.storage.collector;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    private static final String WORKS_CUSTOMER = """
            select exists (
                select 1
                  from collector_assignments ca
                  join accounts a on a.id = ca.account_id
                 where ca.user_id = ? and ca.active and a.customer_id = ?)
            """;
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

    /* Disputed invoices are not collected while the dispute runs, so they stay out of the past-due sums. */
    private static final String WORKLIST_ENTRIES = """
            select a.id as account_id, a.account_number, c.id as customer_id, c.name, c.time_zone, a.currency,
                   coalesce(due.amount, 0) as past_due, due.oldest,
                   (select count(*) from promises_to_pay p where p.account_id = a.id and p.status = 'BROKEN') as broken,
                   (select max(ca.started_at) from contact_attempts ca
                     where ca.account_id = a.id and ca.disposition is not null) as last_contact,
                   (select max(ca.started_at) from contact_attempts ca
                     where ca.account_id = a.id and ca.conversation) as last_conversation
              from collector_assignments asg
              join accounts a on a.id = asg.account_id
              join customers c on c.id = a.customer_id
              left join lateral (
                    select sum(i.open_balance) as amount, min(i.due_on) as oldest
                      from invoices i
                     where i.account_id = a.id and i.open_balance > 0 and i.due_on < ? and i.status <> 'DISPUTED'
                   ) due on true
             where asg.user_id = ? and asg.active
             order by past_due desc, due.oldest nulls last, broken desc, last_contact nulls first, a.account_number
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
    public List<WorklistEntry> worklistEntriesOf(long userId, LocalDate asOf) {
        return jdbc.query("read a collector's worklist", WORKLIST_ENTRIES, JdbcCollectorAssignmentRepository::entry,
                asOf, userId);
    }

    @Override
    public boolean worksCustomer(long userId, long customerId) {
        return jdbc.queryOne("check a collector works a customer", WORKS_CUSTOMER, row -> row.getBoolean(1), userId,
                customerId);
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

    private static WorklistEntry entry(ResultSet row) throws SQLException {
        return new WorklistEntry(
                row.getLong("account_id"),
                row.getString("account_number"),
                row.getLong("customer_id"),
                row.getString("name"),
                zone(row.getString("time_zone")),
                row.getString("currency"),
                Jdbc.money(row, "past_due"),
                Jdbc.localDate(row, "oldest"),
                row.getInt("broken"),
                Jdbc.instant(row, "last_contact"),
                Jdbc.instant(row, "last_conversation"));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new StorageException("A customer has a time zone Java does not know: " + id, e);
        }
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
