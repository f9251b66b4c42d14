package org.ledgerline.ivr.collector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.alert.AlertRepository;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CallRecordingRepository;
import org.ledgerline.storage.collector.TranscriptionStatus;
import org.ledgerline.storage.jdbc.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for each registered recording file to appear, non-empty, under the recordings directory:
 * Asterisk writes MixMonitor files when the channel hangs up, on its own host, so the node only
 * knows a file exists when it sees it. A file that is there in time gets its size recorded (and
 * stays PENDING for the transcriber); one that is not raises one {@code RECORDING_MISSING} alert
 * (idempotent per recording) and is marked NOT_WANTED, so it is never silently lost.
 */
public final class RecordingArrivals {
    static final String ALERT_KIND = "RECORDING_MISSING";
    private static final Logger log = LoggerFactory.getLogger(RecordingArrivals.class);

    private final CallRecordingRepository recordings;
    private final AlertRepository alerts;
    private final Path directory;
    private final Duration appearTimeout;
    private final Duration pollInterval;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;

    /**
     * @param scheduler runs the checks; they touch the file system and the ledger, so not an event loop
     */
    public RecordingArrivals(CallRecordingRepository recordings, AlertRepository alerts, Path directory,
            Duration appearTimeout, Duration pollInterval, ScheduledExecutorService scheduler, Clock clock) {
        this.recordings = recordings;
        this.alerts = alerts;
        this.directory = directory;
        this.appearTimeout = appearTimeout;
        this.pollInterval = pollInterval;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Starts waiting for the recording's file, which should appear by {@code callEndedAt} plus the timeout. */
    public void await(CallRecording recording, Instant callEndedAt, @Nullable Long customerId,
            @Nullable Long accountId) {
        Instant deadline = callEndedAt.plus(appearTimeout);
        scheduler.execute(() -> check(recording, deadline, customerId, accountId));
    }

    private void check(CallRecording recording, Instant deadline, @Nullable Long customerId,
            @Nullable Long accountId) {
        try {
            long size = sizeOf(directory.resolve(recording.filePath()));
            if (size > 0) {
                recordings.recordFile(recording.id(), clock.instant(), size);
            } else if (clock.instant().isBefore(deadline)) {
                later(() -> check(recording, deadline, customerId, accountId));
            } else {
                missing(recording, customerId, accountId);
            }
        } catch (StorageException ledgerDown) {
            // The ledger will be back; the file's fate must still be told, so try again later.
            log.warn("could not record recording {}'s arrival, retrying: {}", recording.id(), ledgerDown.getMessage());
            later(() -> check(recording, deadline, customerId, accountId));
        }
    }

    /** The check's outcome is written by the check itself, so its future is not needed. */
    private void later(Runnable check) {
        ScheduledFuture<?> _ = scheduler.schedule(check, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void missing(CallRecording recording, @Nullable Long customerId, @Nullable Long accountId) {
        alerts.raise("recording-missing:" + recording.id(), ALERT_KIND, customerId, accountId,
                "Call recording missing: " + recording.filePath(),
                "The " + recording.leg().name().toLowerCase(Locale.ROOT) + " recording of collector call "
                        + recording.collectorCallId() + " (" + recording.filePath() + ") did not appear in the"
                        + " recordings directory within " + appearTimeout.toSeconds() + " s of the call's end.");
        recordings.moveTranscription(recording.id(), TranscriptionStatus.PENDING, TranscriptionStatus.NOT_WANTED);
        log.warn("recording {} of collector call {} never appeared: alert raised", recording.filePath(),
                recording.collectorCallId());
    }

    /** The file's size, 0 while it is absent or unreadable (it may be still being written or copied). */
    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException notYet) {
            return 0;
        }
    }
}
