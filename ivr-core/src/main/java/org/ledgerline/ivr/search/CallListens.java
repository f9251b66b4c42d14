package org.ledgerline.ivr.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.recording.CollectorCallPlayback;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.audit.AuditLog;

/**
 * Who listened to a call, read back from the playback lines of the audit log (item 8: "an auditor can
 * see who listened to a given call"): for a collector call, {@link CollectorCallPlayback#PLAYED}
 * lines under {@code collector_call/<id>}; for a self-serve recording, {@link
 * RecordingPlayback#PLAYED} lines under {@code recording/<id>}. Each is the start of a playback
 * with the offset the listener started from. Oldest first.
 */
public final class CallListens {
    private static final Pattern COLLECTOR_DETAIL = Pattern
            .compile("^leg=([A-Z]+) at=([0-9.]+|start) recording=([0-9]+)");
    private static final Pattern RECORDING_DETAIL = Pattern.compile("^at=([0-9.]+|start)");

    private final AuditLog audit;

    public CallListens(AuditLog audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Every playback of collector call {@code collectorCallId}. */
    public List<Listen> ofCollectorCall(long collectorCallId) {
        List<Listen> listens = new ArrayList<>();
        for (AuditEntry entry : audit.findBySubject(CollectorCallPlayback.SUBJECT, Long.toString(collectorCallId))) {
            Matcher detail = entry.action().equals(CollectorCallPlayback.PLAYED) && entry.detail() != null
                    ? COLLECTOR_DETAIL.matcher(entry.detail())
                    : null;
            if (detail != null && detail.find()) {
                listens.add(new Listen(entry.actor(), entry.at(), detail.group(1), offset(detail.group(2)),
                        Long.parseLong(detail.group(3))));
            }
        }
        return List.copyOf(listens);
    }

    /**
     * Every playback of self-serve recording {@code recordingId}. Lines written before playbacks were
     * audited once per start (one per byte range, detail {@code Played bytes ...}) have no offset.
     */
    public List<Listen> ofRecording(long recordingId) {
        return audit.findBySubject(RecordingPlayback.SUBJECT, Long.toString(recordingId)).stream()
                .filter(entry -> entry.action().equals(RecordingPlayback.PLAYED))
                .map(entry -> new Listen(entry.actor(), entry.at(), "CALL", recordingOffset(entry.detail()),
                        recordingId))
                .toList();
    }

    private static @Nullable Double recordingOffset(@Nullable String detail) {
        Matcher at = detail == null ? null : RECORDING_DETAIL.matcher(detail);
        return at != null && at.find() ? offset(at.group(1)) : null;
    }

    private static @Nullable Double offset(String text) {
        return text.equals("start") ? null : Double.valueOf(text);
    }
}
