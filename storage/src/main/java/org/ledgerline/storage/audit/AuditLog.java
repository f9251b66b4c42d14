package org.ledgerline.storage.audit;

import java.util.List;

/** The append-only audit log (the table refuses UPDATE and DELETE). */
public interface AuditLog {
    void append(String actor, String action, String subjectType, String subjectId, String callId, String detail);

    List<AuditEntry> findBySubject(String subjectType, String subjectId);
}
