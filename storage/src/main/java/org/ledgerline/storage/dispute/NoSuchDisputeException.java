package org.ledgerline.storage.dispute;

import org.ledgerline.storage.jdbc.StorageException;

/** A change was asked for a dispute id that does not exist. */
public class NoSuchDisputeException extends StorageException {
    private final long disputeId;

    public NoSuchDisputeException(long disputeId) {
        super("No dispute with id " + disputeId);
        this.disputeId = disputeId;
    }

    /** The id that matched no dispute. */
    public long disputeId() {
        return disputeId;
    }
}
