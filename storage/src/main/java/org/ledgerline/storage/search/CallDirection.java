package org.ledgerline.storage.search;

/** Which way a transcribed call went: a caller on the self-serve line, or a collector calling out. */
public enum CallDirection {
    /** The self-serve line: the customer called us. */
    INBOUND,
    /** A collector called the customer. */
    OUTBOUND
}
