package org.ledgerline.storage.reconciliation;

import java.util.List;

/**
 * The reconciliation of a period: the calls with a finding worth an auditor's eye, the number that
 * matched, and whether the period held more calls than one report lists.
 *
 * @param calls calls in the order they started, each with its {@link ReconciledCall.Finding} (matched
 *     calls are counted, not listed)
 * @param matched calls whose spoken and logged promises agree
 * @param truncated whether more than {@link PromiseReconciliation#MAX_CALLS} calls were in the period
 *     (narrow the period or pick a collector)
 */
public record ReconciliationReport(List<ReconciledCall> calls, int matched, boolean truncated) {
    public ReconciliationReport {
        calls = List.copyOf(calls);
    }

    /** The listed calls with {@code finding}. */
    public List<ReconciledCall> with(ReconciledCall.Finding finding) {
        return calls.stream().filter(call -> call.finding() == finding).toList();
    }
}
