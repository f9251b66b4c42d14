package org.ledgerline.storage.dispute;

import org.ledgerline.storage.jdbc.StorageException;

/** A dispute was not opened because what it names does not exist; nothing was written. */
public class DisputeRefusedException extends StorageException {
    /** Why the dispute was refused. */
    public enum Reason {
        /** The reason code is not one of the active codes. */
        UNKNOWN_REASON_CODE,
        /** No invoice with that id. */
        UNKNOWN_INVOICE
    }

    private final Reason reason;

    public DisputeRefusedException(Reason reason) {
        super("Dispute refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
