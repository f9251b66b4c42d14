package org.ledgerline.ivr.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.call.CallRecord;
import org.ledgerline.storage.call.CallRepository;

/** Calls in memory; starting the same call id twice keeps the first, as the idempotent JDBC write does. */
public final class InMemoryCallRepository implements CallRepository {
    private final InMemoryLedger ledger;
    private final Map<String, CallRecord> calls = new ConcurrentHashMap<>();

    InMemoryCallRepository(InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void recordStart(String callId, String direction, @Nullable String channel, @Nullable String callerId,
            String flow, Instant startedAt) {
        ledger.requireUp();
        calls.putIfAbsent(callId,
                new CallRecord(callId, direction, channel, callerId, flow, null, startedAt, null, null));
    }

    @Override
    public void attachAccount(String callId, long accountId) {
        ledger.requireUp();
        calls.computeIfPresent(callId, (id, c) -> new CallRecord(id, c.direction(), c.channel(), c.callerId(), c.flow(),
                accountId, c.startedAt(), c.endedAt(), c.outcome()));
    }

    @Override
    public void recordEnd(String callId, Instant endedAt, String outcome) {
        ledger.requireUp();
        calls.computeIfPresent(callId, (id, c) -> new CallRecord(id, c.direction(), c.channel(), c.callerId(), c.flow(),
                c.accountId(), c.startedAt(), endedAt, outcome));
    }

    @Override
    public Optional<CallRecord> findById(String callId) {
        ledger.requireUp();
        return Optional.ofNullable(calls.get(callId));
    }
}
