package org.ledgerline.storage.collector;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/** Recordings per leg in table {@code call_recordings}; unique per call and leg. */
public final class JdbcCallRecordingRepository implements CallRecordingRepository {
    private static final String INSERT = """
            insert into call_recordings (collector_call_id, leg, file_path, started_at)
            values (?, ?, ?, ?)
            on conflict (collector_call_id, leg) do nothing
            """;

    private static final String RECORD_FILE = """
            update call_recordings
               set ended_at = greatest(?, started_at), size_bytes = ?, file_state = 'SEEN'
             where id = ? and file_state = 'AWAITED'
            """;

    private static final String MARK_MISSING = """
            update call_recordings
               set file_state = 'MISSING',
                   transcription_status = case transcription_status when 'PENDING' then 'NOT_WANTED'
                                          else transcription_status end
             where id = ? and file_state = 'AWAITED'
            """;

    private static final String AWAITED = """
            select r.id, r.collector_call_id, r.leg, r.file_path, r.started_at, r.ended_at, r.size_bytes,
                   r.transcription_status, c.ended_at as call_ended_at, c.customer_id, c.account_id
              from call_recordings r
              join collector_calls c on c.id = r.collector_call_id
             where r.file_state = 'AWAITED' and c.ended_at is not null
             order by c.ended_at, r.id
             limit ?
            """;

    private static final String MOVE = """
            update call_recordings
               set transcription_status = ?
             where id = ? and transcription_status = ?
            """;

    private static final String SELECT = """
            select id, collector_call_id, leg, file_path, started_at, ended_at, size_bytes, transcription_status
              from call_recordings
            """;

    private static final String LEG_ORDER = """
            order by case leg when 'COLLECTOR' then 1 when 'CUSTOMER' then 2 else 3 end
            """;

    private final Jdbc jdbc;

    public JdbcCallRecordingRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CallRecording register(NewCallRecording recording) {
        jdbc.update("register a call recording", INSERT, recording.collectorCallId(), recording.leg().name(),
                recording.filePath(), recording.startedAt());
        return jdbc.queryOne("read a call recording", SELECT + "where collector_call_id = ? and leg = ?",
                JdbcCallRecordingRepository::recording, recording.collectorCallId(), recording.leg().name());
    }

    @Override
    public CallRecording recordFile(long recordingId, Instant endedAt, long sizeBytes) {
        jdbc.update("record a call recording's file", RECORD_FILE, endedAt, sizeBytes, recordingId);
        return jdbc.queryOptional("read a call recording", SELECT + "where id = ?",
                JdbcCallRecordingRepository::recording, recordingId)
                .orElseThrow(() -> new StorageException("No call recording with id " + recordingId));
    }

    @Override
    public boolean markMissing(long recordingId) {
        return jdbc.update("mark a call recording's file missing", MARK_MISSING, recordingId) == 1;
    }

    @Override
    public List<AwaitedRecording> awaitingFiles(int limit) {
        return jdbc.query("read recordings whose files are awaited", AWAITED,
                row -> new AwaitedRecording(recording(row), Jdbc.requiredInstant(row, "call_ended_at"),
                        Jdbc.nullableLong(row, "customer_id"), Jdbc.nullableLong(row, "account_id")),
                limit);
    }

    @Override
    public List<CallRecording> recordingsOf(long collectorCallId) {
        return jdbc.query("read a call's recordings", SELECT + "where collector_call_id = ?\n" + LEG_ORDER,
                JdbcCallRecordingRepository::recording, collectorCallId);
    }

    @Override
    public List<CallRecording> awaitingTranscription(int limit) {
        return jdbc.query("read recordings awaiting transcription", SELECT + """
                where transcription_status = 'PENDING' and size_bytes is not null
                order by created_at, id
                limit ?
                """, JdbcCallRecordingRepository::recording, limit);
    }

    @Override
    public boolean moveTranscription(long recordingId, TranscriptionStatus from, TranscriptionStatus to) {
        return jdbc.update("move a recording in the transcription queue", MOVE, to.name(), recordingId,
                from.name()) == 1;
    }

    private static CallRecording recording(ResultSet row) throws SQLException {
        return new CallRecording(
                row.getLong("id"),
                row.getLong("collector_call_id"),
                RecordingLeg.valueOf(row.getString("leg")),
                row.getString("file_path"),
                Jdbc.requiredInstant(row, "started_at"),
                Jdbc.instant(row, "ended_at"),
                Jdbc.nullableLong(row, "size_bytes"),
                TranscriptionStatus.valueOf(row.getString("transcription_status")));
    }
}
