package org.ledgerline.ivr.dispute.desk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.dispute.DisputePage;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.JdbcDisputeRepository;
import org.ledgerline.storage.transcription.TranscriptRepository;
import org.ledgerline.storage.transcription.TranscriptionJobRepository;

/**
 * What the disputes desk asks of the ledger, answered as view models: the list, one dispute with
 * its history, closing a dispute, and the report by reason code. Blocking (JDBC): call it off the
 * event loop.
 *
 * <p>A dispute's history is the audit log's lines about the dispute (opened, escalated, resolved or
 * rejected with the note) and about its recording (every playback: who listened and to which part),
 * oldest first.
 */
public final class DisputeDesk {
    /** Playback requests by one listener within this long of the first are one listening. */
    static final Duration PLAYBACK_SESSION = Duration.ofMinutes(10);

    private final DisputeRepository disputes;
    private final AuditLog audit;
    private final DeskFormat format;
    private final TranscriptRepository transcripts;
    private final TranscriptionJobRepository jobs;

    public DisputeDesk(DisputeRepository disputes, AuditLog audit, DeskFormat format,
            TranscriptRepository transcripts, TranscriptionJobRepository jobs) {
        this.disputes = Objects.requireNonNull(disputes, "disputes");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.format = Objects.requireNonNull(format, "format");
        this.transcripts = Objects.requireNonNull(transcripts, "transcripts");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
    }

    /** What the transcription made of the dispute's recorded description; empty when it has none. */
    public Optional<DescriptionTranscript> descriptionTranscript(DisputeDetail dispute) {
        Long recordingId = dispute.recordingId();
        return recordingId == null
                ? Optional.empty()
                : Optional.of(DescriptionTranscript.of(recordingId, transcripts, jobs));
    }

    /** The active reason codes, in their spoken order (for the filter). */
    public List<DisputeReason> reasons() {
        return disputes.findReasons();
    }

    /** A page of disputes matching {@code query}, newest first (the caller audits who was shown them). */
    public DisputePage search(DisputeQuery query) {
        return disputes.search(query);
    }

    /** The page as the list shows it. */
    public DisputeList present(DisputePage page) {
        return DisputeList.of(page, format);
    }

    /** One dispute, or empty when there is no such dispute (the caller audits who was shown it). */
    public Optional<DisputeView> find(long disputeId) {
        return disputes.findById(disputeId);
    }

    /** The dispute as its page shows it, with its history. */
    public DisputeDetail present(DisputeView dispute) {
        return detailOf(dispute);
    }

    /**
     * Resolves or rejects a dispute with a note; the repository audits it under {@code actor}.
     *
     * @throws org.ledgerline.storage.dispute.NoSuchDisputeException no such dispute
     * @throws org.ledgerline.storage.dispute.DisputeTransitionException already closed
     */
    public DisputeDetail close(long disputeId, DisputeStatus outcome, String note, String actor) {
        return detailOf(disputes.changeStatus(disputeId, outcome, note, actor));
    }

    /** Disputes opened from {@code from} to {@code to}, whole days in the business time zone. */
    public ReasonReport report(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        return new ReasonReport(from, to, disputes.findReasons(), disputes.reportByReason(
                from.atStartOfDay(format.zone()).toInstant(), to.plusDays(1).atStartOfDay(format.zone()).toInstant()));
    }

    private DisputeDetail detailOf(DisputeView dispute) {
        List<AuditEntry> entries = new ArrayList<>(audit.findBySubject("dispute", Long.toString(dispute.id())));
        if (dispute.recordingId() != null) {
            audit.findBySubject("recording", Long.toString(dispute.recordingId())).stream()
                    .filter(entry -> RecordingPlayback.PLAYED.equals(entry.action()))
                    .forEach(entries::add);
        }
        entries.sort(Comparator.comparingLong(AuditEntry::id));
        return DisputeDetail.of(dispute, history(entries), format);
    }

    /**
     * One line per audit entry, except that a listener's back-to-back playback requests (a player
     * asks for several byte ranges to play once) read as one "Recording played" line counting them;
     * the audit log itself keeps every request.
     */
    private List<HistoryLine> history(List<AuditEntry> entries) {
        List<HistoryLine> lines = new ArrayList<>();
        AuditEntry playbackStart = null;
        int requests = 0;
        for (AuditEntry entry : entries) {
            boolean playback = RecordingPlayback.PLAYED.equals(entry.action());
            if (playback && playbackStart != null && playbackStart.actor().equals(entry.actor())
                    && !entry.at().isAfter(playbackStart.at().plus(PLAYBACK_SESSION))) {
                requests++;
                lines.set(lines.size() - 1, new HistoryLine(format.dateTime(playbackStart.at()), entry.actor(),
                        "Recording played", requests + " playback requests, the last: " + entry.detail()));
                continue;
            }
            playbackStart = playback ? entry : null;
            requests = 1;
            lines.add(historyLine(entry));
        }
        return List.copyOf(lines);
    }

    private HistoryLine historyLine(AuditEntry entry) {
        return new HistoryLine(format.dateTime(entry.at()), entry.actor(), event(entry), entry.detail());
    }

    private static String event(AuditEntry entry) {
        return switch (entry.action()) {
            case JdbcDisputeRepository.DISPUTE_OPENED -> "Opened";
            case JdbcDisputeRepository.DISPUTE_ESCALATED -> "Escalated";
            case JdbcDisputeRepository.DISPUTE_STATUS_CHANGED -> closingEvent(entry.detail());
            case RecordingPlayback.PLAYED -> "Recording played";
            default -> entry.action();
        };
    }

    /** The repository writes {@code "OPEN -> RESOLVED: note"}; the event is the target status (before the note). */
    private static String closingEvent(@Nullable String detail) {
        String transition = detail == null ? "" : detail.split(":", 2)[0];
        if (transition.endsWith("-> " + DisputeStatus.RESOLVED)) {
            return "Resolved";
        }
        if (transition.endsWith("-> " + DisputeStatus.REJECTED)) {
            return "Rejected";
        }
        return "Status changed";
    }
}
