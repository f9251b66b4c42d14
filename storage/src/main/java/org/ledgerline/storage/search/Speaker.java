package org.ledgerline.storage.search;

/** Who spoke a segment: a collector call's two legs, or the caller of a self-serve recording. */
public enum Speaker {
    COLLECTOR, CUSTOMER, CALLER
}
