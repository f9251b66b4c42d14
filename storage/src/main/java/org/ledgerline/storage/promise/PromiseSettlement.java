package org.ledgerline.storage.promise;

/**
 * What one run of {@link PromiseRepository#settle} changed: promises newly marked kept and newly
 * marked broken (each broken one with its alert). A second run over the same ledger reports zeros.
 */
public record PromiseSettlement(int kept, int broken) {}
