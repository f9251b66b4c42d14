package org.ledgerline.storage.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the append-only audit log: who did what to which thing. {@code detail} is a short,
 * human-readable text and must never contain card data or PINs.
 */
public record AuditEntry(
        long id, Instant at, String actor, String action, String subjectType, String subjectId, @Nullable String callId,
        @Nullable String detail) {}
