package org.ledgerline.storage.promise;

/** Where a promise to pay stands. Only {@code PENDING} promises are settled by the job. */
public enum PromiseStatus {
    PENDING, KEPT, BROKEN, CANCELLED
}
