package org.ledgerline.storage.recording;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/** Recordings in table {@code recordings}; kinds are stored as the enum's name. */
public final class JdbcRecordingRepository implements RecordingRepository {
    private static final String COLUMNS = "id, idempotency_key, call_id, kind, file_path, format, started_at, ended_at, duration_ms";

    private static final String INSERT = """
            insert into recordings (idempotency_key, call_id, kind, file_path, format, started_at, ended_at, duration_ms)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            returning %s
            """
            .formatted(COLUMNS);

    private static final String SELECT = "select " + COLUMNS + " from recordings ";

    private static final String QUEUE_TRANSCRIPTION = """
            insert into transcription_jobs (recording_id) values (?) on conflict (recording_id) do nothing
            """;

    private final Jdbc jdbc;

    public JdbcRecordingRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Recording record(NewRecording recording) {
        Duration duration = recording.duration();
        return jdbc.inTransaction("register a recording", () -> {
            Recording registered = jdbc
                    .queryOptional("register a recording", INSERT, JdbcRecordingRepository::recording,
                            recording.idempotencyKey(), recording.callId(), recording.kind().name(),
                            recording.filePath(), recording.format(), recording.startedAt(),
                            duration == null ? null : recording.startedAt().plus(duration),
                            duration == null ? null : Math.toIntExact(duration.toMillis()))
                    .or(() -> jdbc.queryOptional("find a recording", SELECT + "where idempotency_key = ?",
                            JdbcRecordingRepository::recording, recording.idempotencyKey()))
                    .orElseThrow(
                            () -> new StorageException("A recording's idempotency key collided but its row is gone"));
            // Every recording is transcribed: queued in the same transaction, so none is forgotten.
            jdbc.update("queue a recording's transcription", QUEUE_TRANSCRIPTION, registered.id());
            return registered;
        });
    }

    @Override
    public Optional<Recording> findById(long recordingId) {
        return jdbc.queryOptional("find a recording", SELECT + "where id = ?", JdbcRecordingRepository::recording,
                recordingId);
    }

    @Override
    public List<Recording> findByCall(String callId) {
        return jdbc.query("find a call's recordings", SELECT + "where call_id = ? order by started_at, id",
                JdbcRecordingRepository::recording, callId);
    }

    private static Recording recording(ResultSet row) throws SQLException {
        Long durationMs = Jdbc.nullableLong(row, "duration_ms");
        return new Recording(
                row.getLong("id"),
                row.getString("idempotency_key"),
                row.getString("call_id"),
                RecordingKind.valueOf(row.getString("kind")),
                row.getString("file_path"),
                row.getString("format"),
                Jdbc.requiredInstant(row, "started_at"),
                Jdbc.instant(row, "ended_at"),
                durationMs == null ? null : Duration.ofMillis(durationMs));
    }
}
