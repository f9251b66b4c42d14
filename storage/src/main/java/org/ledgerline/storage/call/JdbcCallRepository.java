package org.ledgerline.storage.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/**
 * Calls in table {@code calls}. Direction is stored lower-case ({@code inbound} or {@code outbound});
 * {@link #attachAccount} and {@link #recordEnd} throw {@link StorageException} for a call that was
 * never started.
 */
public final class JdbcCallRepository implements CallRepository {
    private static final String RECORD_START = """
            insert into calls (call_id, direction, channel, caller_id, flow, started_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (call_id) do nothing
            """;

    private static final String ATTACH_ACCOUNT = """
            update calls
               set account_id = ?
             where call_id = ?
            """;

    /* The first end wins: a second hang-up notification must not rewrite the outcome. */
    private static final String RECORD_END = """
            update calls
               set ended_at = ?, outcome = ?
             where call_id = ?
               and ended_at is null
            """;

    private static final String FIND_BY_ID = """
            select call_id, direction, channel, caller_id, flow, account_id, started_at, ended_at, outcome
              from calls
             where call_id = ?
            """;

    private final Jdbc jdbc;

    public JdbcCallRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordStart(String callId, String direction, @Nullable String channel, @Nullable String callerId,
            String flow, Instant startedAt) {
        jdbc.update(
                "record a call start",
                RECORD_START,
                callId,
                direction.toLowerCase(Locale.ROOT),
                channel,
                callerId,
                flow,
                startedAt);
    }

    @Override
    public void attachAccount(String callId, long accountId) {
        if (jdbc.update("attach an account to a call", ATTACH_ACCOUNT, accountId, callId) == 0) {
            throw new StorageException("Cannot attach an account: the call was never recorded");
        }
    }

    @Override
    public void recordEnd(String callId, Instant endedAt, String outcome) {
        if (jdbc.update("record a call end", RECORD_END, endedAt, outcome, callId) == 0 && findById(callId).isEmpty()) {
            throw new StorageException("Cannot record a call end: the call was never recorded");
        }
    }

    @Override
    public Optional<CallRecord> findById(String callId) {
        return jdbc.queryOptional("find a call", FIND_BY_ID, JdbcCallRepository::call, callId);
    }

    private static CallRecord call(ResultSet row) throws SQLException {
        return new CallRecord(
                row.getString("call_id"),
                row.getString("direction"),
                row.getString("channel"),
                row.getString("caller_id"),
                row.getString("flow"),
                Jdbc.nullableLong(row, "account_id"),
                Jdbc.requiredInstant(row, "started_at"),
                Jdbc.instant(row, "ended_at"),
                row.getString("outcome"));
    }
}
