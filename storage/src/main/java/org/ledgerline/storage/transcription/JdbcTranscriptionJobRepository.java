package org.ledgerline.storage.transcription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/** The queue in table {@code transcription_jobs}; transcripts are written with the job's completion. */
public final class JdbcTranscriptionJobRepository implements TranscriptionJobRepository {
    /** The column's check allows 2,000; the back office shows one line. */
    static final int MAX_ERROR_LENGTH = 2000;

    private static final String COLUMNS = """
            id, collector_call_id, recording_id, status, attempts, not_before, lease_owner, lease_until,
            progress_percent, audio_ms, last_error, created_at, updated_at, finished_at
            """;

    private static final String SELECT = "select " + COLUMNS + " from transcription_jobs ";

    /*
     * The row lock of FOR UPDATE SKIP LOCKED lasts only this statement; the lease (lease_owner,
     * lease_until) is what keeps other workers off the job while this one transcribes.
     */
    private static final String CLAIM = """
            with due as (
                select id
                  from transcription_jobs
                 where (status = 'QUEUED' and not_before <= now())
                    or (status = 'RUNNING' and lease_until < now())
                 order by not_before, id
                 limit 1
                   for update skip locked
            )
            update transcription_jobs j
               set status = 'RUNNING', attempts = j.attempts + 1, lease_owner = ?,
                   lease_until = now() + ? * interval '1 millisecond', progress_percent = 0, updated_at = now()
              from due
             where j.id = due.id
            returning j.*
            """;

    private static final String HELD = " where id = ? and status = 'RUNNING' and lease_owner = ?";

    private static final String PROGRESS = """
            update transcription_jobs
               set progress_percent = ?, audio_ms = ?, lease_until = now() + ? * interval '1 millisecond',
                   updated_at = now()
            """ + HELD;

    private static final String DONE = """
            update transcription_jobs
               set status = 'DONE', progress_percent = 100, audio_ms = ?, lease_owner = null, lease_until = null,
                   last_error = null, finished_at = now(), updated_at = now()
            """ + HELD;

    private static final String RELEASE = """
            update transcription_jobs
               set status = 'QUEUED', attempts = greatest(attempts - 1, 0), lease_owner = null, lease_until = null,
                   not_before = now() + ? * interval '1 millisecond', progress_percent = 0, updated_at = now()
            """ + HELD;

    private static final String FAIL = """
            update transcription_jobs
               set status = case when attempts >= ? then 'PARKED' else 'QUEUED' end,
                   not_before = now() + ? * interval '1 millisecond', lease_owner = null, lease_until = null,
                   last_error = ?, progress_percent = 0, updated_at = now(),
                   finished_at = case when attempts >= ? then now() end
            """ + HELD + " returning status, collector_call_id";

    private static final String RETRY_PARKED = """
            update transcription_jobs
               set status = 'QUEUED', attempts = 0, not_before = now(), finished_at = null, updated_at = now()
             where id = ? and status = 'PARKED'
            """;

    private static final String LEGS_DONE = """
            update call_recordings
               set transcription_status = case when id = any(?) then 'DONE' else 'NOT_WANTED' end
             where collector_call_id = ? and transcription_status in ('PENDING', 'IN_PROGRESS')
            """;

    private static final String LEGS_FAILED = """
            update call_recordings
               set transcription_status = 'FAILED'
             where collector_call_id = ? and leg <> 'MIX' and transcription_status in ('PENDING', 'IN_PROGRESS')
               and size_bytes is not null
            """;

    private static final String INSERT_TRANSCRIPT = """
            insert into transcripts (recording_id, collector_call_id, engine, language, full_text)
            values (?, ?, ?, ?, ?)
            returning id
            """;

    private static final String INSERT_SEGMENT = """
            insert into transcript_segments (transcript_id, seq, start_ms, end_ms, text, confidence, speaker,
                call_recording_id, words, normalized, spoken_promise, promise_amount, promise_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
            """;

    private final Jdbc jdbc;

    public JdbcTranscriptionJobRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TranscriptionJob enqueueCollectorCall(long collectorCallId) {
        return enqueue("collector_call_id", collectorCallId);
    }

    @Override
    public TranscriptionJob enqueueRecording(long recordingId) {
        return enqueue("recording_id", recordingId);
    }

    private TranscriptionJob enqueue(String sourceColumn, long sourceId) {
        return jdbc.inTransaction("queue a transcription", () -> {
            jdbc.update("queue a transcription", "insert into transcription_jobs (" + sourceColumn
                    + ") values (?) on conflict (" + sourceColumn + ") do nothing", sourceId);
            return jdbc.queryOne("read a transcription job", SELECT + "where " + sourceColumn + " = ?",
                    JdbcTranscriptionJobRepository::job, sourceId);
        });
    }

    @Override
    public Optional<TranscriptionJob> claim(String owner, Duration lease) {
        requirePositive(lease);
        return jdbc.inTransaction("claim a transcription job", () -> jdbc.queryOptional("claim a transcription job",
                CLAIM, JdbcTranscriptionJobRepository::job, owner, lease.toMillis()));
    }

    @Override
    public boolean progress(long jobId, String owner, int percent, int audioMs, Duration lease) {
        requirePositive(lease);
        return jdbc.update("record transcription progress", PROGRESS, Math.clamp(percent, 0, 100),
                Math.max(audioMs, 0), lease.toMillis(), jobId, owner) == 1;
    }

    @Override
    public boolean complete(long jobId, String owner, NewTranscript transcript) {
        return jdbc.inTransaction("store a transcript", () -> {
            TranscriptionJob job = findById(jobId)
                    .orElseThrow(() -> new StorageException("No transcription job " + jobId));
            if (jdbc.update("finish a transcription job", DONE, transcript.audioMs(), jobId, owner) != 1) {
                return false;
            }
            long transcriptId = jdbc.queryOne("store a transcript", INSERT_TRANSCRIPT, row -> row.getLong("id"),
                    job.recordingId(), job.collectorCallId(), transcript.engine(), transcript.language(),
                    transcript.fullText());
            int seq = 0;
            for (NewSegment segment : transcript.segments()) {
                jdbc.update("store a transcript segment", INSERT_SEGMENT, transcriptId, seq++, segment.startMs(),
                        segment.endMs(), segment.text(), segment.confidence(), segment.speaker().name(),
                        segment.callRecordingId(), segment.wordsJson(), segment.normalized(),
                        segment.spokenPromise(), segment.promiseAmount(), segment.promiseDate());
            }
            Long collectorCallId = job.collectorCallId();
            if (collectorCallId != null) {
                jdbc.update("mark a call's legs transcribed", LEGS_DONE,
                        transcript.transcribedRecordingIds().toArray(Long[]::new), collectorCallId);
            }
            return true;
        });
    }

    @Override
    public boolean release(long jobId, String owner, Duration delay) {
        return jdbc.update("give a transcription job back", RELEASE, nonNegative(delay).toMillis(), jobId,
                owner) == 1;
    }

    @Override
    public Optional<JobStatus> fail(long jobId, String owner, String error, Duration retryDelay, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a job has at least one attempt");
        }
        return jdbc.inTransaction("record a failed transcription", () -> {
            Optional<JobStatus> status = jdbc.queryOptional("record a failed transcription", FAIL,
                    row -> JobStatus.valueOf(row.getString("status")), maxAttempts,
                    nonNegative(retryDelay).toMillis(), shorten(error), maxAttempts, jobId, owner);
            Optional<Long> collectorCallId = findById(jobId).map(TranscriptionJob::collectorCallId);
            if (status.filter(JobStatus.PARKED::equals).isPresent() && collectorCallId.isPresent()) {
                jdbc.update("mark a call's legs failed", LEGS_FAILED, collectorCallId.get());
            }
            return status;
        });
    }

    @Override
    public boolean retryParked(long jobId) {
        return jdbc.update("re-queue a parked transcription", RETRY_PARKED, jobId) == 1;
    }

    @Override
    public Optional<TranscriptionJob> findById(long jobId) {
        return jdbc.queryOptional("read a transcription job", SELECT + "where id = ?",
                JdbcTranscriptionJobRepository::job, jobId);
    }

    @Override
    public Optional<TranscriptionJob> findByCollectorCall(long collectorCallId) {
        return jdbc.queryOptional("read a transcription job", SELECT + "where collector_call_id = ?",
                JdbcTranscriptionJobRepository::job, collectorCallId);
    }

    @Override
    public Optional<TranscriptionJob> findByRecording(long recordingId) {
        return jdbc.queryOptional("read a transcription job", SELECT + "where recording_id = ?",
                JdbcTranscriptionJobRepository::job, recordingId);
    }

    @Override
    public List<TranscriptionJob> list(JobStatus status, int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("list at least one job from a non-negative offset");
        }
        return jdbc.query("list transcription jobs",
                SELECT + "where status = ? order by updated_at desc, id desc limit ? offset ?",
                JdbcTranscriptionJobRepository::job, status.name(), limit, offset);
    }

    @Override
    public Map<JobStatus, Long> countByStatus() {
        Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("count transcription jobs", "select status, count(*) as n from transcription_jobs group by status",
                row -> Map.entry(JobStatus.valueOf(row.getString("status")), row.getLong("n")))
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    private static void requirePositive(Duration lease) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease is positive");
        }
    }

    private static Duration nonNegative(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative");
        }
        return delay;
    }

    private static String shorten(String error) {
        String text = error.isBlank() ? "unknown error" : error.strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static TranscriptionJob job(ResultSet row) throws SQLException {
        return new TranscriptionJob(
                row.getLong("id"),
                Jdbc.nullableLong(row, "collector_call_id"),
                Jdbc.nullableLong(row, "recording_id"),
                JobStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                Jdbc.requiredInstant(row, "not_before"),
                row.getString("lease_owner"),
                Jdbc.instant(row, "lease_until"),
                row.getInt("progress_percent"),
                row.getObject("audio_ms", Integer.class),
                row.getString("last_error"),
                Jdbc.requiredInstant(row, "created_at"),
                Jdbc.requiredInstant(row, "updated_at"),
                Jdbc.instant(row, "finished_at"));
    }
}
