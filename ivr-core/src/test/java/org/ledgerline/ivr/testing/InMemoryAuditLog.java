package org.ledgerline.ivr.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.audit.AuditLog;

/** An append-only list; lines appended once are remembered by key, as the real table's unique column does. */
public final class InMemoryAuditLog implements AuditLog {
    private final InMemoryLedger ledger;
    private final List<AuditEntry> entries = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    InMemoryAuditLog(InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public synchronized void append(String actor, String action, String subjectType, String subjectId,
            @Nullable String callId, @Nullable String detail) {
        ledger.requireUp();
        entries.add(
                new AuditEntry(ledger.nextId(), Instant.now(), actor, action, subjectType, subjectId, callId, detail));
    }

    @Override
    public synchronized boolean appendOnce(
            String idempotencyKey, String actor, String action, String subjectType, String subjectId,
            @Nullable String callId, @Nullable String detail) {
        ledger.requireUp();
        if (!keys.add(idempotencyKey)) {
            return false;
        }
        entries.add(
                new AuditEntry(ledger.nextId(), Instant.now(), actor, action, subjectType, subjectId, callId, detail));
        return true;
    }

    @Override
    public synchronized List<AuditEntry> findBySubject(String subjectType, String subjectId) {
        ledger.requireUp();
        return entries.stream().filter(e -> e.subjectType().equals(subjectType) && e.subjectId().equals(subjectId))
                .toList();
    }
}
