package org.ledgerline.ivr.call.control;

/** Receives a call's phase changes, once each, in order; never a phase that goes backwards. */
@FunctionalInterface
public interface CallProgressListener {
    void onProgress(CallProgress progress);
}
