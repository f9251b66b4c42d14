package org.ledgerline.storage.transcription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.Jdbc;

/** Recording pauses in table {@code recording_pauses}, idempotent per key. */
public final class JdbcRecordingPauseRepository implements RecordingPauseRepository {
    private static final String COLUMNS = "id, channel, paused_at, resumed_at";

    private static final String INSERT = """
            insert into recording_pauses (idempotency_key, call_id, collector_call_id, channel, paused_at)
            values (?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            """;

    private static final String RESUME = """
            update recording_pauses
               set resumed_at = greatest(?, paused_at)
             where idempotency_key = ? and resumed_at is null
            """;

    private final Jdbc jdbc;

    public JdbcRecordingPauseRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PauseInterval pausedSelfServe(String idempotencyKey, String callId, String channel, Instant pausedAt) {
        return paused(idempotencyKey, callId, null, channel, pausedAt);
    }

    @Override
    public PauseInterval pausedCollectorCall(String idempotencyKey, long collectorCallId, String channel,
            Instant pausedAt) {
        return paused(idempotencyKey, null, collectorCallId, channel, pausedAt);
    }

    private PauseInterval paused(String key, @Nullable String callId, @Nullable Long collectorCallId,
            String channel, Instant pausedAt) {
        return jdbc.inTransaction("record a recording pause", () -> {
            jdbc.update("record a recording pause", INSERT, key, callId, collectorCallId, channel, pausedAt);
            return jdbc.queryOne("read a recording pause",
                    "select " + COLUMNS + " from recording_pauses where idempotency_key = ?",
                    JdbcRecordingPauseRepository::pause, key);
        });
    }

    @Override
    public void resumed(String idempotencyKey, Instant resumedAt) {
        jdbc.update("record a recording resume", RESUME, resumedAt, idempotencyKey);
    }

    @Override
    public List<PauseInterval> pausesOfCall(String callId) {
        return jdbc.query("read a call's recording pauses",
                "select " + COLUMNS + " from recording_pauses where call_id = ? order by paused_at, id",
                JdbcRecordingPauseRepository::pause, callId);
    }

    @Override
    public List<PauseInterval> pausesOfCollectorCall(long collectorCallId) {
        return jdbc.query("read a call's recording pauses",
                "select " + COLUMNS + " from recording_pauses where collector_call_id = ? order by paused_at, id",
                JdbcRecordingPauseRepository::pause, collectorCallId);
    }

    private static PauseInterval pause(ResultSet row) throws SQLException {
        return new PauseInterval(row.getLong("id"), row.getString("channel"), Jdbc.requiredInstant(row, "paused_at"),
                Jdbc.instant(row, "resumed_at"));
    }
}
