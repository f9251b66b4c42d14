package org.ledgerline.ivr.collector;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.contact.AttemptDirection;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttemptRepository;
import org.ledgerline.storage.contact.NewCallAttempt;
import org.ledgerline.storage.jdbc.Transactions;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.UserRepository;

/**
 * The gate's decisions in the ledger: one {@code contact_attempts} row per decision about a known
 * debt, and the audit line of {@link AuditLogGateDecisionLog}, in one transaction.
 *
 * <p>The row is what makes the call-frequency rule see the calls the gate lets through: an allowed
 * call is written {@code IN_PROGRESS}, which already counts as a placed call, so two collectors
 * cannot both place the eighth call of a week. A denied call is written with its reason and no
 * disposition (never placed, so never counted). A decision about no known debt (unknown number,
 * unknown click-to-dial account) has no account to hang a row on and is audited only.
 *
 * <p>Idempotency key: {@code gate/<LEDGERLINE_CALL_REF>}, e.g. {@code gate/collector-1795510190-1};
 * a retried AGI of the same channel lands once (the first decision stands, in the row and in the
 * audit log). How the call ended is filled in later by the call records (AMI events): they find this
 * row with {@code CallAttemptRepository.findByIdempotencyKey("gate/" + callRef)}, read from the
 * channel variable {@code LEDGERLINE_CALL_REF}, and write the answer time, end time and disposition
 * with {@code recordOutcome}, which changes only a row still {@code IN_PROGRESS}.
 */
public final class LedgerGateDecisionLog implements GateDecisionLog {
    /** The prefix of the contact attempt's idempotency key; the call reference follows it. */
    public static final String KEY_PREFIX = "gate/";

    private final Transactions transactions;
    private final CallAttemptRepository attempts;
    private final UserRepository users;
    private final AuditLogGateDecisionLog audit;

    public LedgerGateDecisionLog(Transactions transactions, CallAttemptRepository attempts, UserRepository users,
            AuditLog auditLog) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.users = users;
        this.audit = new AuditLogGateDecisionLog(auditLog);
    }

    /** The key of the contact attempt a call's gate decision wrote. */
    public static String attemptKey(String callRef) {
        return KEY_PREFIX + callRef;
    }

    @Override
    public void record(GateVerdict verdict) {
        transactions.inTransaction("record a collector gate decision", () -> {
            attempt(verdict).ifPresent(attempts::record);
            audit.record(verdict);
            return verdict;
        });
    }

    private Optional<NewCallAttempt> attempt(GateVerdict verdict) {
        String number = verdict.dialled().replaceAll("\\D", "");
        if (verdict.debtor().isEmpty() || number.length() < 3) {
            return Optional.empty();
        }
        long accountId = verdict.debtor().get().accountId();
        @Nullable
        Long collectorId = verdict.collector().flatMap(users::findByUsername).map(BackOfficeUser::id)
                .orElse(null);
        var gate = verdict.allowed()
                ? org.ledgerline.storage.contact.GateVerdict.allow()
                : org.ledgerline.storage.contact.GateVerdict.deny(verdict.reasonCode().orElseThrow());
        return Optional.of(new NewCallAttempt(attemptKey(verdict.callRef()), accountId, AttemptDirection.OUTBOUND,
                number, collectorId, null, verdict.decidedAt(), null, verdict.allowed() ? null : verdict.decidedAt(),
                gate, verdict.allowed() ? AttemptDisposition.IN_PROGRESS : null));
    }
}
