package org.ledgerline.storage.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/**
 * Calls about debts in table {@code contact_attempts}. Exactly once per idempotency key the same way
 * as payments and promises: {@code on conflict do nothing}, then read the original and check it is
 * the same call.
 */
public final class JdbcCallAttemptRepository implements CallAttemptRepository {
    private static final String INSERT = """
            insert into contact_attempts (idempotency_key, account_id, direction, phone_number, collector_user_id,
                                          collector_call_id, started_at, answered_at, ended_at, disposition,
                                          gate_decision, gate_reason)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            """;

    /* The first outcome wins: only a call still in progress takes one. */
    private static final String RECORD_OUTCOME = """
            update contact_attempts
               set answered_at = coalesce(answered_at, ?), ended_at = ?, disposition = ?
             where id = ?
               and disposition = 'IN_PROGRESS'
            """;

    private static final String LINK_COLLECTOR_CALL = """
            update contact_attempts
               set collector_call_id = ?
             where id = ? and collector_call_id is null
            """;

    private static final String SELECT = """
            select id, idempotency_key, account_id, direction, phone_number, collector_user_id, collector_call_id,
                   started_at, answered_at, ended_at, disposition, conversation, gate_decision, gate_reason
              from contact_attempts
            """;

    private final Jdbc jdbc;

    public JdbcCallAttemptRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CallAttempt record(NewCallAttempt attempt) {
        GateVerdict gate = attempt.gate();
        AttemptDisposition disposition = attempt.disposition();
        jdbc.update("record a call attempt", INSERT,
                attempt.idempotencyKey(), attempt.accountId(), attempt.direction().name(), attempt.phoneNumber(),
                attempt.collectorUserId(), attempt.collectorCallId(), attempt.startedAt(), attempt.answeredAt(),
                attempt.endedAt(), disposition == null ? null : disposition.name(),
                gate == null ? null : gate.decision(), gate == null ? null : gate.reasonCode());
        CallAttempt stored = findByIdempotencyKey(attempt.idempotencyKey())
                .orElseThrow(() -> new StorageException("A just-recorded call attempt cannot be read back"));
        // A retry may re-read the clock or re-ask the gate; the first write stands. Another account,
        // direction or number under the same key is a different call: a caller's bug.
        if (stored.accountId() != attempt.accountId() || stored.direction() != attempt.direction()
                || !stored.phoneNumber().equals(attempt.phoneNumber())) {
            throw new IdempotencyConflictException("call attempt");
        }
        return stored;
    }

    @Override
    public CallAttempt recordOutcome(long attemptId, @Nullable Instant answeredAt, Instant endedAt,
            AttemptDisposition disposition) {
        if (disposition == AttemptDisposition.IN_PROGRESS) {
            throw new IllegalArgumentException("An outcome is how the call ended, not IN_PROGRESS");
        }
        jdbc.update("record a call attempt's outcome", RECORD_OUTCOME, answeredAt, endedAt, disposition.name(),
                attemptId);
        return jdbc.queryOptional("read a call attempt", SELECT + "where id = ?", JdbcCallAttemptRepository::attempt,
                attemptId).orElseThrow(() -> new StorageException("No such call attempt"));
    }

    @Override
    public void linkCollectorCall(long attemptId, long collectorCallId) {
        jdbc.update("link a call attempt to its collector call", LINK_COLLECTOR_CALL, collectorCallId, attemptId);
    }

    @Override
    public Optional<CallAttempt> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.queryOptional("find a call attempt", SELECT + "where idempotency_key = ?",
                JdbcCallAttemptRepository::attempt, idempotencyKey);
    }

    @Override
    public List<CallAttempt> callsAbout(long accountId, Instant since) {
        return jdbc.query("read the calls about an account", SELECT + """
                where account_id = ? and started_at >= ? and disposition is not null
                order by started_at, id
                """, JdbcCallAttemptRepository::attempt, accountId, since);
    }

    @Override
    public List<CallAttempt> findByCollectorCall(long collectorCallId) {
        return jdbc.query("read the attempts of a collector call", SELECT + "where collector_call_id = ? order by id",
                JdbcCallAttemptRepository::attempt, collectorCallId);
    }

    private static CallAttempt attempt(ResultSet row) throws SQLException {
        String disposition = row.getString("disposition");
        return new CallAttempt(
                row.getLong("id"),
                row.getString("idempotency_key"),
                row.getLong("account_id"),
                AttemptDirection.valueOf(row.getString("direction")),
                row.getString("phone_number"),
                Jdbc.nullableLong(row, "collector_user_id"),
                Jdbc.nullableLong(row, "collector_call_id"),
                Jdbc.requiredInstant(row, "started_at"),
                Jdbc.instant(row, "answered_at"),
                Jdbc.instant(row, "ended_at"),
                disposition == null ? null : AttemptDisposition.valueOf(disposition),
                row.getBoolean("conversation"),
                GateVerdict.fromColumns(row.getString("gate_decision"), row.getString("gate_reason")));
    }
}
