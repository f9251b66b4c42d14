package org.ledgerline.ivr.payment;

import java.util.Objects;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.call.RecordingControlException;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call recording paused for card entry, as a try-with-resources scope: {@link #begin} returns
 * only once the switch confirmed the pause (and the pause is audited); {@link #close()} resumes,
 * on every way out of the scope (digits collected, caller hung up, channel broken), and audits that.
 * Audit lines name the channel and the call, never anything keyed.
 */
public final class RecordingPause implements AutoCloseable {
    /** Audit action: the recording was paused before card digits were asked for. */
    public static final String PAUSED = "RECORDING_PAUSED";
    /** Audit action: the recording was resumed after the card digits. */
    public static final String RESUMED = "RECORDING_RESUMED";
    /** Audit action: the switch did not confirm the pause; no card digits were asked for. */
    public static final String PAUSE_FAILED = "RECORDING_PAUSE_FAILED";
    /** Audit action: the switch did not confirm the resume; the rest of the call may go unrecorded. */
    public static final String RESUME_FAILED = "RECORDING_RESUME_FAILED";

    private static final Logger LOG = LoggerFactory.getLogger(RecordingPause.class);
    private static final String ACTOR = "ivr";
    private static final String SUBJECT = "call";

    private final RecordingControl control;
    private final AuditLog audit;
    private final RecordingPauseLog pauses;
    private final CallSession session;
    private final String pauseKey;
    private boolean resumed;

    private RecordingPause(RecordingControl control, AuditLog audit, RecordingPauseLog pauses, CallSession session,
            String pauseKey) {
        this.control = control;
        this.audit = audit;
        this.pauses = pauses;
        this.session = session;
        this.pauseKey = pauseKey;
    }

    /**
     * Pauses the recording on the session's channel and audits it.
     *
     * @throws RecordingControlException the pause was not confirmed (audited as {@value #PAUSE_FAILED}):
     *     card digits must not be collected
     */
    public static RecordingPause begin(RecordingControl control, AuditLog audit, RecordingPauseLog pauses,
            CallSession session) {
        Objects.requireNonNull(control, "control");
        String channel = session.channelName();
        try {
            control.pause(channel, session.callId());
        } catch (RecordingControlException notConfirmed) {
            LOG.warn("Call {}: recording pause not confirmed ({}); no card payment taken", session.callId(),
                    notConfirmed.failure());
            audit.append(ACTOR, PAUSE_FAILED, SUBJECT, session.callId(), session.callId(),
                    "Recording pause for card entry not confirmed on " + channel + ": " + notConfirmed.failure());
            throw notConfirmed;
        }
        String pauseKey = session.callId() + "/recording-pause/" + System.nanoTime();
        RecordingPause pause = new RecordingPause(control, audit, pauses, session, pauseKey);
        try {
            // Kept before any digit is asked for: the transcriber must know the stretch to leave out.
            pauses.paused(pauseKey, session.callId(), channel);
            audit.append(ACTOR, PAUSED, SUBJECT, session.callId(), session.callId(),
                    "Recording paused on " + channel + " for card entry");
        } catch (StorageException auditFailed) {
            pause.close();
            throw auditFailed;
        }
        return pause;
    }

    /**
     * Resumes the recording and audits it. Never throws: it runs while a hang-up or failure may be
     * propagating, and a failed resume must not hide that. A resume the switch does not confirm (the
     * caller's channel is often gone by then) is logged and audited as {@value #RESUME_FAILED}.
     * Idempotent.
     */
    @Override
    public void close() {
        if (resumed) {
            return;
        }
        resumed = true;
        String channel = session.channelName();
        String action = RESUMED;
        String detail = "Recording resumed on " + channel + " after card entry";
        try {
            control.resume(channel, session.callId());
            resumedInLog();
        } catch (RecordingControlException notConfirmed) {
            LOG.warn("Call {}: recording resume not confirmed ({})", session.callId(), notConfirmed.failure());
            action = RESUME_FAILED;
            detail = "Recording resume after card entry not confirmed on " + channel + ": " + notConfirmed.failure();
        }
        try {
            audit.append(ACTOR, action, SUBJECT, session.callId(), session.callId(), detail);
        } catch (StorageException auditFailed) {
            LOG.warn("Call {}: could not audit {} ({}); the AMI log line above records it",
                    session.callId(), action, auditFailed.getClass().getSimpleName());
        }
    }

    /** An unconfirmed resume stays open in the log: the rest of the recording then counts as paused. */
    private void resumedInLog() {
        try {
            pauses.resumed(pauseKey);
        } catch (StorageException notKept) {
            LOG.warn("Call {}: could not record the end of the recording pause ({}); the rest of the recording"
                    + " counts as paused for transcription", session.callId(), notKept.getClass().getSimpleName());
        }
    }
}
