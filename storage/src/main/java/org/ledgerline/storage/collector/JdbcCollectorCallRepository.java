package org.ledgerline.storage.collector;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/**
 * Collector calls in table {@code collector_calls}: exactly once per idempotency key ({@code on
 * conflict do nothing}, then read the original); answer and end are guarded updates, first wins.
 */
public final class JdbcCollectorCallRepository implements CollectorCallRepository {
    private static final String INSERT = """
            insert into collector_calls (idempotency_key, collector_user_id, customer_id, account_id,
                                         collector_endpoint, dialled_number, gate_decision, gate_reason, announced,
                                         asterisk_linkedid, asterisk_uniqueid, call_id, started_at, disposition,
                                         gate_checked_at, ended_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    case when ? then ?::timestamptz end, case when ? = 'DENIED' then ?::timestamptz end)
            on conflict (idempotency_key) do nothing
            """;

    // The dialplan's gate replaces click-to-dial's early verdict once; a denied call ends there.
    private static final String GATE_DECISION = """
            update collector_calls
               set gate_decision = ?, gate_reason = ?, announced = ?, gate_checked_at = ?,
                   disposition = case when ? = 'DENIED' then null else disposition end,
                   ended_at = case when ? = 'DENIED' then greatest(?, started_at) else ended_at end
             where id = ? and gate_checked_at is null and answered_at is null
            """;

    private static final String ANSWER = """
            update collector_calls
               set answered_at = ?
             where id = ? and answered_at is null and ended_at is null and gate_decision = 'ALLOWED'
            """;

    private static final String END = """
            update collector_calls
               set ended_at = greatest(?, coalesce(answered_at, started_at)), disposition = ?
             where id = ? and ended_at is null and gate_decision = 'ALLOWED'
            """;

    private static final String SELECT = """
            select id, idempotency_key, collector_user_id, customer_id, account_id, collector_endpoint, dialled_number,
                   gate_decision, gate_reason, announced, asterisk_linkedid, asterisk_uniqueid, call_id, started_at,
                   answered_at, ended_at, disposition
              from collector_calls
            """;

    private final Jdbc jdbc;

    public JdbcCollectorCallRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CollectorCall record(NewCollectorCall call) {
        return insert(call, true);
    }

    @Override
    public CollectorCall recordOriginated(NewCollectorCall call) {
        if (!call.gate().allowed()) {
            throw new IllegalArgumentException("Only a call the early check allowed is originated");
        }
        return insert(call, false);
    }

    @Override
    public CollectorCall recordGateDecision(long collectorCallId, GateVerdict gate, boolean announced,
            Instant decidedAt) {
        jdbc.update("record the gate's decision on a collector call", GATE_DECISION, gate.decision(),
                gate.reasonCode(), announced, decidedAt, gate.decision(), gate.decision(), decidedAt,
                collectorCallId);
        return read(collectorCallId);
    }

    private CollectorCall insert(NewCollectorCall call, boolean gateChecked) {
        // An allowed call is under way from the start: it counts as placed until its end says otherwise.
        String disposition = call.gate().allowed() ? AttemptDisposition.IN_PROGRESS.name() : null;
        jdbc.update("record a collector call", INSERT,
                call.idempotencyKey(), call.collectorUserId(), call.customerId(), call.accountId(),
                call.collectorEndpoint(), call.dialledNumber(), call.gate().decision(), call.gate().reasonCode(),
                call.announced(), call.asteriskLinkedid(), call.asteriskUniqueid(), call.callId(), call.startedAt(),
                disposition, gateChecked, call.startedAt(), call.gate().decision(), call.startedAt());
        CollectorCall stored = findByIdempotencyKey(call.idempotencyKey())
                .orElseThrow(() -> new StorageException("A just-recorded collector call cannot be read back"));
        // A retry may re-read the clock or re-ask the gate; the first record stands. Another collector,
        // number or account under the same key is a different call: a caller's bug.
        if (stored.collectorUserId() != call.collectorUserId() || !stored.dialledNumber().equals(call.dialledNumber())
                || !Objects.equals(stored.accountId(), call.accountId())) {
            throw new IdempotencyConflictException("collector call");
        }
        return stored;
    }

    @Override
    public CollectorCall recordAnswer(long collectorCallId, Instant answeredAt) {
        jdbc.update("record a collector call's answer", ANSWER, answeredAt, collectorCallId);
        return read(collectorCallId);
    }

    @Override
    public CollectorCall recordEnd(long collectorCallId, Instant endedAt, AttemptDisposition disposition) {
        jdbc.update("record a collector call's end", END, endedAt, disposition.name(), collectorCallId);
        return read(collectorCallId);
    }

    @Override
    public Optional<CollectorCall> findById(long collectorCallId) {
        return jdbc.queryOptional("find a collector call", SELECT + "where id = ?", JdbcCollectorCallRepository::call,
                collectorCallId);
    }

    @Override
    public Optional<CollectorCall> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.queryOptional("find a collector call", SELECT + "where idempotency_key = ?",
                JdbcCollectorCallRepository::call, idempotencyKey);
    }

    @Override
    public boolean gateChecked(long collectorCallId) {
        return jdbc.queryOne("read whether the gate decided a collector call",
                "select gate_checked_at is not null from collector_calls where id = ?", row -> row.getBoolean(1),
                collectorCallId);
    }

    @Override
    public List<CollectorCall> findByLinkedid(String linkedid) {
        return jdbc.query("find collector calls by linkedid", SELECT + "where asterisk_linkedid = ? order by id",
                JdbcCollectorCallRepository::call, linkedid);
    }

    @Override
    public List<CollectorCall> findByCollector(long collectorUserId, Instant since) {
        return jdbc.query("read a collector's calls",
                SELECT + "where collector_user_id = ? and started_at >= ? order by started_at desc, id desc",
                JdbcCollectorCallRepository::call, collectorUserId, since);
    }

    @Override
    public List<CollectorCall> findByAccount(long accountId, int limit) {
        return jdbc.query("read an account's collector calls",
                SELECT + "where account_id = ? order by started_at desc, id desc limit ?",
                JdbcCollectorCallRepository::call, accountId, limit);
    }

    private CollectorCall read(long collectorCallId) {
        return findById(collectorCallId)
                .orElseThrow(() -> new StorageException("No collector call with id " + collectorCallId));
    }

    private static CollectorCall call(ResultSet row) throws SQLException {
        String disposition = row.getString("disposition");
        return new CollectorCall(
                row.getLong("id"),
                row.getString("idempotency_key"),
                row.getLong("collector_user_id"),
                Jdbc.nullableLong(row, "customer_id"),
                Jdbc.nullableLong(row, "account_id"),
                row.getString("collector_endpoint"),
                row.getString("dialled_number"),
                Objects.requireNonNull(GateVerdict.fromColumns(row.getString("gate_decision"),
                        row.getString("gate_reason"))),
                row.getBoolean("announced"),
                row.getString("asterisk_linkedid"),
                row.getString("asterisk_uniqueid"),
                row.getString("call_id"),
                Jdbc.requiredInstant(row, "started_at"),
                Jdbc.instant(row, "answered_at"),
                Jdbc.instant(row, "ended_at"),
                disposition == null ? null : AttemptDisposition.valueOf(disposition));
    }
}
