package org.ledgerline.ivr.collector;

import org.ledgerline.storage.audit.AuditLog;

/**
 * The gate's decisions in the existing append-only audit log, one line per decision: the actor is
 * the collector (or {@code unknown-collector}), the subject the account (or the dialled number when
 * no account was found), and the detail the verdict's summary with every rule's inputs. Written once
 * per call reference, so a retried AGI of the same channel does not audit twice.
 */
public final class AuditLogGateDecisionLog implements GateDecisionLog {
    static final String ALLOWED = "collector-call-allowed";
    static final String DENIED = "collector-call-denied";
    private static final String UNKNOWN_COLLECTOR = "unknown-collector";

    private final AuditLog auditLog;

    public AuditLogGateDecisionLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void record(GateVerdict verdict) {
        String subjectType = verdict.debtor().isPresent() ? "account" : "phone-number";
        String subjectId = verdict.debtor().map(debtor -> Long.toString(debtor.accountId()))
                .orElse(verdict.dialled().isEmpty() ? "none" : verdict.dialled());
        auditLog.appendOnce("gate/" + verdict.callRef(), verdict.collector().orElse(UNKNOWN_COLLECTOR),
                verdict.allowed() ? ALLOWED : DENIED, subjectType, subjectId, verdict.callId(), verdict.summary());
    }
}
