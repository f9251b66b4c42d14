package org.ledgerline.ivr.http;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.ledgerline.ivr.transcription.TranscriptionAvailability;
import org.ledgerline.storage.transcription.JobStatus;
import org.ledgerline.storage.transcription.TranscriptionJob;

/**
 * What the {@code /transcription} page shows: how far the queue is (done of all jobs), the jobs per
 * state, the running jobs with their progress and the newest parked jobs with their last error.
 */
record TranscriptionQueueView(String nodeState, String nodeMessage, long done, long total, int donePercent,
        List<Count> counts, List<Job> running, List<Job> parked, boolean parkedMore) {

    /** Jobs in one state. */
    record Count(String status, long count) {}

    /** One job as a row: what it transcribes, its attempts, progress and last error. */
    record Job(long id, String source, int attempts, int progressPercent, String lastError, String updatedAt) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static TranscriptionQueueView of(TranscriptionAvailability node, Map<JobStatus, Long> counts,
            List<TranscriptionJob> running, List<TranscriptionJob> parked, int parkedShown, ZoneId zone) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long done = counts.getOrDefault(JobStatus.DONE, 0L);
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        List<Count> perStatus = List.of(JobStatus.values()).stream()
                .map(status -> new Count(status.name(), counts.getOrDefault(status, 0L))).toList();
        return new TranscriptionQueueView(node.state().name(), node.message(), done, total, percent, perStatus,
                running.stream().map(job -> job(job, zone)).toList(),
                parked.stream().limit(parkedShown).map(job -> job(job, zone)).toList(), parked.size() > parkedShown);
    }

    private static Job job(TranscriptionJob job, ZoneId zone) {
        String source = job.collectorCallId() != null
                ? "collector call " + job.collectorCallId()
                : "recording " + job.recordingId();
        String error = job.lastError() == null ? "" : job.lastError();
        return new Job(job.id(), source, job.attempts(), job.progressPercent(), error, when(job.updatedAt(), zone));
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
