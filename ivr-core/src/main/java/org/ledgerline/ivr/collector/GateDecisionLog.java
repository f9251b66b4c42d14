package org.ledgerline.ivr.collector;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: where every gate decision is written for the audit trail, allowed and denied alike. The
 * call is allowed only after its decision has been written: a decision that cannot be audited is
 * refused ({@link CollectorDenial#CHECK_FAILED}). Adapters throw the storage family of exceptions.
 */
public interface GateDecisionLog {

    void record(GateVerdict verdict);

    /**
     * The decision already recorded for the call whose collector channel has {@code callId} (a retried
     * AGI of the same channel): the dialplan is told that one again, not a new one that would count the
     * call's own attempt against it. Empty when none was recorded (or the log cannot tell).
     */
    default Optional<Recorded> recordedFor(String callId) {
        return Optional.empty();
    }

    /**
     * A decision as recorded.
     *
     * @param reasonCode empty when the call was allowed
     * @param dialled the ten digits decided on
     */
    record Recorded(Optional<String> collector, Optional<DebtorLookup.Debtor> debtor, Optional<String> reasonCode,
            boolean announce, String dialled, Instant decidedAt) {}
}
