package org.ledgerline.storage.transcription;

/** Who spoke a segment. */
public enum Speaker {
    /** The collector's leg of a collector call. */
    COLLECTOR,
    /** The customer's leg of a collector call. */
    CUSTOMER,
    /** The caller of a self-serve call, or a caller's recorded dispute description. */
    CALLER
}
