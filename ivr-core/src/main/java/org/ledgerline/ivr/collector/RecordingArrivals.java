package org.ledgerline.ivr.collector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.ledgerline.storage.alert.AlertRepository;
import org.ledgerline.storage.collector.AwaitedRecording;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CallRecordingRepository;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.jdbc.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for each registered recording file to appear, non-empty, under the recordings directory:
 * Asterisk writes MixMonitor files when the channel hangs up, on its own host, so the node only
 * knows a file exists when it sees it. The wait lives in the ledger, not in memory: every recording
 * of an ended call is {@code AWAITED} until a {@link #checkAwaited() check} sees its file (SEEN, with
 * its size; it stays PENDING for the transcriber) or finds the call ended more than the timeout ago
 * (MISSING, marked NOT_WANTED, one {@code RECORDING_MISSING} alert in the same transaction). The node
 * runs the check on a schedule and right after each call, so a restart, or another node, picks up
 * every wait where it was; two nodes checking at once change each row once.
 */
public final class RecordingArrivals {
    static final String ALERT_KIND = "RECORDING_MISSING";
    /** How many awaited recordings one check looks at; the rest wait for the next. */
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(RecordingArrivals.class);

    private final Transactions transactions;
    private final CallRecordingRepository recordings;
    private final AlertRepository alerts;
    private final Path directory;
    private final Duration appearTimeout;
    private final Executor checks;
    private final Clock clock;

    /**
     * @param checks runs the checks; they touch the file system and the ledger, so not an event loop
     */
    public RecordingArrivals(Transactions transactions, CallRecordingRepository recordings, AlertRepository alerts,
            Path directory, Duration appearTimeout, Executor checks, Clock clock) {
        this.transactions = transactions;
        this.recordings = recordings;
        this.alerts = alerts;
        this.directory = directory;
        this.appearTimeout = appearTimeout;
        this.checks = checks;
        this.clock = clock;
    }

    /** A call's recordings were just registered: look for them now rather than at the next scheduled check. */
    public void callEnded() {
        checks.execute(this::checkAwaitedQuietly);
    }

    /** The scheduled check; a ledger that is down now is asked again at the next one. */
    public void checkAwaitedQuietly() {
        try {
            checkAwaited();
        } catch (StorageException ledgerDown) {
            log.warn("could not check the awaited call recordings, next check later: {}", ledgerDown.getMessage());
        }
    }

    /** Looks at every awaited recording of an ended call once. Returns how many it settled (seen or missing). */
    public int checkAwaited() {
        List<AwaitedRecording> awaited = recordings.awaitingFiles(BATCH);
        int settled = 0;
        for (AwaitedRecording waiting : awaited) {
            CallRecording recording = waiting.recording();
            long size = sizeOf(directory.resolve(recording.filePath()));
            Instant now = clock.instant();
            if (size > 0) {
                recordings.recordFile(recording.id(), now, size);
                settled++;
            } else if (!now.isBefore(waiting.callEndedAt().plus(appearTimeout))) {
                if (missing(waiting)) {
                    settled++;
                }
            }
        }
        return settled;
    }

    private boolean missing(AwaitedRecording waiting) {
        CallRecording recording = waiting.recording();
        boolean marked = transactions.inTransaction("give up on a call recording's file", () -> {
            if (!recordings.markMissing(recording.id())) {
                return false;
            }
            alerts.raise("recording-missing:" + recording.id(), ALERT_KIND, waiting.customerId(), waiting.accountId(),
                    "Call recording missing: " + recording.filePath(),
                    "The " + recording.leg().name().toLowerCase(Locale.ROOT) + " recording of collector call "
                            + recording.collectorCallId() + " (" + recording.filePath() + ") did not appear in the"
                            + " recordings directory within " + appearTimeout.toSeconds() + " s of the call's end.");
            return true;
        });
        if (marked) {
            log.warn("recording {} of collector call {} never appeared: alert raised", recording.filePath(),
                    recording.collectorCallId());
        }
        return marked;
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
