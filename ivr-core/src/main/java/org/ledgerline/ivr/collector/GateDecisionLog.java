package org.ledgerline.ivr.collector;

/**
 * Port: where every gate decision is written for the audit trail, allowed and denied alike. The
 * call is allowed only after its decision has been written: a decision that cannot be audited is
 * refused ({@link CollectorDenial#CHECK_FAILED}). Adapters throw the storage family of exceptions.
 */
public interface GateDecisionLog {

    void record(GateVerdict verdict);
}
