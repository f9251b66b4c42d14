package org.ledgerline.storage.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The append-only audit log (the table refuses UPDATE and DELETE). */
public interface AuditLog {
    void append(String actor, String action, String subjectType, String subjectId, @Nullable String callId,
            @Nullable String detail);

    /**
     * Appends a line recording a call's write, once per {@code idempotencyKey} (the key of that
     * write): a retried write that appends again with the same key writes nothing.
     *
     * @return true if this call wrote the line, false if the key had already been audited
     */
    boolean appendOnce(
            String idempotencyKey, String actor, String action, String subjectType, String subjectId,
            @Nullable String callId, @Nullable String detail);

    List<AuditEntry> findBySubject(String subjectType, String subjectId);
}
