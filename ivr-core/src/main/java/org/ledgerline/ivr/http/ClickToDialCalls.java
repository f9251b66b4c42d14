package org.ledgerline.ivr.http;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ledgerline.ivr.collector.CollectorGateFlow;
import org.ledgerline.ivr.collector.CollectorPromiseFlow;
import org.ledgerline.storage.call.CallRepository;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.CollectorCallRepository;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.jdbc.Transactions;

/**
 * Click-to-dial's calls in the ledger, so that who owns a call id is known to every node and survives
 * a restart: the call's {@code collector_calls} row is written just before the Originate, keyed by the
 * Originate's {@code ChannelId} (which Asterisk makes the collector channel's unique id, so the
 * dialplan's gate and the call records land on the same row), with its {@code calls} row named by the
 * call ref the gate will give it. Blocking: call it on a worker thread.
 */
public final class ClickToDialCalls {
    private final Transactions transactions;
    private final CallRepository calls;
    private final CollectorCallRepository collectorCalls;

    public ClickToDialCalls(Transactions transactions, CallRepository calls, CollectorCallRepository collectorCalls) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.collectorCalls = Objects.requireNonNull(collectorCalls, "collectorCalls");
    }

    /** The allowed call about to be originated from {@code endpoint}; written once per call id. */
    CollectorCall originating(long collectorId, String endpoint, long customerId, long accountId, String number,
            String callId, Instant at) {
        String ref = CollectorGateFlow.callRefOf(callId);
        return transactions.inTransaction("record a click-to-dial call", () -> {
            calls.recordStart(ref, "outbound", endpoint, null, CollectorPromiseFlow.CALL_FLOW, at);
            calls.attachAccount(ref, accountId);
            return collectorCalls.recordOriginated(new NewCollectorCall(callId, collectorId, customerId, accountId,
                    endpoint, number, GateVerdict.allow(), true, callId, callId, ref, at));
        });
    }

    /** The call with this id when {@code collectorId} placed it; empty for anyone else's or an unknown id. */
    Optional<CollectorCall> ownedBy(String callId, long collectorId) {
        return collectorCalls.findByIdempotencyKey(callId).filter(call -> call.collectorUserId() == collectorId);
    }

    /**
     * The collector's own phone never picked up (or the switch could not ring it), so the gate never
     * ran and the customer was never dialled: the call ends NOT_CONNECTED. No contact attempt exists
     * for it (only the gate writes those), so the frequency rule is untouched.
     */
    void collectorNeverAnswered(String callId, Instant at) {
        transactions.inTransaction("end a click-to-dial call the collector did not answer", () -> {
            Optional<CollectorCall> call = collectorCalls.findByIdempotencyKey(callId);
            if (call.isPresent() && !collectorCalls.gateChecked(call.get().id())) {
                collectorCalls.recordEnd(call.get().id(), at, AttemptDisposition.NOT_CONNECTED);
            }
            return callId;
        });
    }
}
