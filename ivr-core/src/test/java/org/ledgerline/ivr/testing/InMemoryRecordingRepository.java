package org.ledgerline.ivr.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingRepository;

/** Recordings in memory, once per idempotency key like the JDBC repository. */
public final class InMemoryRecordingRepository implements RecordingRepository {
    private final InMemoryLedger ledger;
    private final Map<String, Recording> byKey = new ConcurrentHashMap<>();

    InMemoryRecordingRepository(InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Recording record(NewRecording r) {
        ledger.requireUp();
        return byKey.computeIfAbsent(r.idempotencyKey(),
                key -> new Recording(ledger.nextId(), key, r.callId(), r.kind(),
                        r.filePath(), r.format(), r.startedAt(),
                        r.duration() == null ? null : r.startedAt().plus(r.duration()), r.duration()));
    }

    @Override
    public Optional<Recording> findById(long recordingId) {
        ledger.requireUp();
        return byKey.values().stream().filter(r -> r.id() == recordingId).findFirst();
    }

    @Override
    public List<Recording> findByCall(String callId) {
        ledger.requireUp();
        return byKey.values().stream()
                .filter(r -> r.callId().equals(callId))
                .sorted(Comparator.comparing(Recording::startedAt).thenComparingLong(Recording::id))
                .toList();
    }

    /** Every recording registered, for assertions. */
    public List<Recording> all() {
        return byKey.values().stream().sorted(Comparator.comparingLong(Recording::id)).toList();
    }
}
