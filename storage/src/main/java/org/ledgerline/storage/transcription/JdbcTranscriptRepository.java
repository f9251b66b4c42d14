package org.ledgerline.storage.transcription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.jdbc.Jdbc;

/** Transcripts in tables {@code transcripts} and {@code transcript_segments}. */
public final class JdbcTranscriptRepository implements TranscriptRepository {
    private static final String TRANSCRIPT = """
            select id, recording_id, collector_call_id, engine, language, full_text, created_at
              from transcripts
            """;

    private static final String SEGMENTS = """
            select id, transcript_id, seq, start_ms, end_ms, text, confidence, speaker, call_recording_id,
                   words::text as words, normalized, spoken_promise, promise_amount, promise_date
              from transcript_segments
             where transcript_id = ?
             order by seq
            """;

    private static final String ZONE_OF_COLLECTOR_CALL = """
            select c.time_zone
              from collector_calls cc
              join customers c on c.id = cc.customer_id
             where cc.id = ?
            """;

    private static final String ZONE_OF_RECORDING = """
            select cu.time_zone
              from recordings r
              join calls ca on ca.call_id = r.call_id
              join accounts a on a.id = ca.account_id
              join customers cu on cu.id = a.customer_id
             where r.id = ?
            """;

    private final Jdbc jdbc;

    public JdbcTranscriptRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Transcript> transcriptOfCollectorCall(long collectorCallId) {
        return jdbc.queryOptional("read a call's transcript", TRANSCRIPT + "where collector_call_id = ? order by id",
                JdbcTranscriptRepository::transcript, collectorCallId);
    }

    @Override
    public Optional<Transcript> transcriptOfRecording(long recordingId) {
        return jdbc.queryOptional("read a recording's transcript", TRANSCRIPT + "where recording_id = ? order by id",
                JdbcTranscriptRepository::transcript, recordingId);
    }

    @Override
    public List<TranscriptSegment> segments(long transcriptId) {
        return jdbc.query("read a transcript's segments", SEGMENTS, JdbcTranscriptRepository::segment, transcriptId);
    }

    @Override
    public Optional<ZoneId> customerZoneOfCollectorCall(long collectorCallId) {
        return zone(ZONE_OF_COLLECTOR_CALL, collectorCallId);
    }

    @Override
    public Optional<ZoneId> customerZoneOfRecording(long recordingId) {
        return zone(ZONE_OF_RECORDING, recordingId);
    }

    private Optional<ZoneId> zone(String sql, long id) {
        return jdbc.queryOptional("read a customer's time zone", sql, row -> row.getString("time_zone"), id)
                .flatMap(JdbcTranscriptRepository::zoneId);
    }

    /** The schema checks the shape of a zone id, Java judges whether it exists. */
    private static Optional<ZoneId> zoneId(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static Transcript transcript(ResultSet row) throws SQLException {
        return new Transcript(
                row.getLong("id"),
                Jdbc.nullableLong(row, "recording_id"),
                Jdbc.nullableLong(row, "collector_call_id"),
                row.getString("engine"),
                row.getString("language"),
                row.getString("full_text"),
                Jdbc.requiredInstant(row, "created_at"));
    }

    private static TranscriptSegment segment(ResultSet row) throws SQLException {
        return new TranscriptSegment(
                row.getLong("id"),
                row.getLong("transcript_id"),
                row.getInt("seq"),
                row.getInt("start_ms"),
                row.getInt("end_ms"),
                row.getString("text"),
                row.getBigDecimal("confidence"),
                Speaker.valueOf(row.getString("speaker")),
                Jdbc.nullableLong(row, "call_recording_id"),
                row.getString("words"),
                row.getString("normalized"),
                row.getBoolean("spoken_promise"),
                row.getBigDecimal("promise_amount"),
                Jdbc.localDate(row, "promise_date"));
    }
}
