package org.ledgerline.ivr.collector;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.call.CallRepository;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.CollectorCallRepository;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.contact.AttemptDirection;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;
import org.ledgerline.storage.contact.CallAttemptRepository;
import org.ledgerline.storage.contact.NewCallAttempt;
import org.ledgerline.storage.jdbc.Transactions;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.UserRepository;

/**
 * The gate's decisions in the ledger, in one transaction: the call's {@code calls} row (named by the
 * call ref, so promises and disputes taken during the call link to it), its {@code collector_calls}
 * record (allowed or denied), one {@code contact_attempts} row per decision about a known debt linked
 * to that record, and the audit line of {@link AuditLogGateDecisionLog}.
 *
 * <p>The attempt row is what makes the call-frequency rule see the calls the gate lets through: an
 * allowed call is written {@code IN_PROGRESS}, which already counts as a placed call, so two
 * collectors cannot both place the eighth call of a week. A denied call is written with its reason and
 * no disposition (never placed, so never counted). A decision about no known debt (unknown number,
 * unknown click-to-dial account) has no account to hang an attempt on; it still gets its call record
 * when the collector is known. A call from no known collector is audited only (a call record names its
 * collector).
 *
 * <p>Keys: the attempt's is {@code gate/<LEDGERLINE_CALL_REF>}, e.g. {@code gate/collector-1795510190-1};
 * the call record's is the collector channel's unique id (click-to-dial's {@code ChannelId}, so the
 * row click-to-dial wrote when it originated is the same row); the calls row's id is the call ref. A
 * retried AGI of the same channel lands once: the first decision stands in the attempt, and the call
 * record takes the attempt's decision. How the call ended is filled in later by the call records (AMI
 * events, {@link CallRecorder}) by the same keys.
 */
public final class LedgerGateDecisionLog implements GateDecisionLog {
    /** The prefix of the contact attempt's idempotency key; the call reference follows it. */
    public static final String KEY_PREFIX = "gate/";
    private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z0-9]+/[A-Za-z0-9_.@-]+");

    private final Transactions transactions;
    private final CallAttemptRepository attempts;
    private final UserRepository users;
    private final CallRepository calls;
    private final CollectorCallRepository collectorCalls;
    private final AuditLogGateDecisionLog audit;

    public LedgerGateDecisionLog(Transactions transactions, CallAttemptRepository attempts, UserRepository users,
            CallRepository calls, CollectorCallRepository collectorCalls, AuditLog auditLog) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.users = users;
        this.calls = calls;
        this.collectorCalls = collectorCalls;
        this.audit = new AuditLogGateDecisionLog(auditLog);
    }

    /** The key of the contact attempt a call's gate decision wrote. */
    public static String attemptKey(String callRef) {
        return KEY_PREFIX + callRef;
    }

    @Override
    public void record(GateVerdict verdict) {
        transactions.inTransaction("record a collector gate decision", () -> {
            Optional<Long> collectorId = verdict.collector().flatMap(users::findByUsername).map(BackOfficeUser::id);
            String number = verdict.dialled().replaceAll("\\D", "");
            Optional<CallAttempt> attempt = attempt(verdict, number, collectorId.orElse(null)).map(attempts::record);
            if (collectorId.isPresent() && number.length() >= 3) {
                CollectorCall record = callRecord(verdict, number, collectorId.get(), attempt);
                attempt.ifPresent(stored -> attempts.linkCollectorCall(stored.id(), record.id()));
            }
            audit.record(verdict);
            return verdict;
        });
    }

    @Override
    public Optional<Recorded> recordedFor(String callId) {
        return collectorCalls.findByIdempotencyKey(callId).filter(call -> collectorCalls.gateChecked(call.id()))
                .map(call -> new Recorded(users.findById(call.collectorUserId()).map(BackOfficeUser::username),
                        call.customerId() == null || call.accountId() == null
                                ? Optional.empty()
                                : Optional.of(new DebtorLookup.Debtor(call.customerId(), call.accountId())),
                        Optional.ofNullable(call.gate().reasonCode()), call.announced(), call.dialledNumber(),
                        call.startedAt()));
    }

    /** The calls row and the call record, the decision as the attempt holds it (the first one). */
    private CollectorCall callRecord(GateVerdict verdict, String number, long collectorId,
            Optional<CallAttempt> attempt) {
        calls.recordStart(verdict.callRef(), "outbound", verdict.device(), null, CollectorPromiseFlow.CALL_FLOW,
                verdict.decidedAt());
        verdict.debtor().ifPresent(debtor -> calls.attachAccount(verdict.callRef(), debtor.accountId()));
        var gate = decisionOf(attempt, verdict);
        CollectorCall record = collectorCalls.record(new NewCollectorCall(verdict.callId(), collectorId,
                verdict.debtor().map(DebtorLookup.Debtor::customerId).orElse(null),
                verdict.debtor().map(DebtorLookup.Debtor::accountId).orElse(null),
                ENDPOINT.matcher(verdict.device()).matches() ? verdict.device() : null, number,
                gate, gate.allowed() && verdict.announce(), verdict.callId(), verdict.callId(), verdict.callRef(),
                verdict.decidedAt()));
        return collectorCalls.gateChecked(record.id())
                ? record
                : collectorCalls.recordGateDecision(record.id(), gate, gate.allowed() && verdict.announce(),
                        verdict.decidedAt());
    }

    /** A retried gate keeps the first decision, which the attempt holds. */
    private static org.ledgerline.storage.contact.GateVerdict decisionOf(Optional<CallAttempt> attempt,
            GateVerdict verdict) {
        if (attempt.isPresent()) {
            var first = attempt.get().gate();
            if (first != null) {
                return first;
            }
        }
        return storedVerdict(verdict);
    }

    private static org.ledgerline.storage.contact.GateVerdict storedVerdict(GateVerdict verdict) {
        return verdict.allowed()
                ? org.ledgerline.storage.contact.GateVerdict.allow()
                : org.ledgerline.storage.contact.GateVerdict.deny(verdict.reasonCode().orElseThrow());
    }

    private static Optional<NewCallAttempt> attempt(GateVerdict verdict, String number, @Nullable Long collectorId) {
        if (verdict.debtor().isEmpty() || number.length() < 3) {
            return Optional.empty();
        }
        long accountId = verdict.debtor().get().accountId();
        return Optional.of(new NewCallAttempt(attemptKey(verdict.callRef()), accountId, AttemptDirection.OUTBOUND,
                number, collectorId, null, verdict.decidedAt(), null, verdict.allowed() ? null : verdict.decidedAt(),
                storedVerdict(verdict), verdict.allowed() ? AttemptDisposition.IN_PROGRESS : null));
    }
}
