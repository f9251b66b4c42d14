package org.ledgerline.ivr.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.audit.AuditLog;

/** An append-only list. */
public final class InMemoryAuditLog implements AuditLog {
    private final InMemoryLedger ledger;
    private final List<AuditEntry> entries = new ArrayList<>();

    InMemoryAuditLog(InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public synchronized void append(String actor, String action, String subjectType, String subjectId, String callId, String detail) {
        ledger.requireUp();
        entries.add(new AuditEntry(ledger.nextId(), Instant.now(), actor, action, subjectType, subjectId, callId, detail));
    }

    @Override
    public synchronized List<AuditEntry> findBySubject(String subjectType, String subjectId) {
        ledger.requireUp();
        return entries.stream().filter(e -> e.subjectType().equals(subjectType) && e.subjectId().equals(subjectId)).toList();
    }
}
