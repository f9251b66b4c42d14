package org.ledgerline.storage.reconciliation;

/**
 * Compares what customers said with what the ledger holds, call by call. Only calls that have a
 * {@code calls} row count (promises link to calls), whether collector calls or self-serve calls whose
 * recording was transcribed. A spoken promise is a segment flagged {@code spoken_promise} said by the
 * CUSTOMER (collector calls) or the CALLER (self-serve recordings): a collector restating the promise
 * is not the customer promising. A call that is not transcribed yet is never reported as missing a
 * spoken promise: with a ledger promise it is {@link ReconciledCall.Finding#PENDING_TRANSCRIPT}.
 */
public interface PromiseReconciliation {
    /** The most calls one report reads; beyond it the report says it is truncated. */
    int MAX_CALLS = 2_000;

    ReconciliationReport reconcile(ReconciliationQuery query);
}
