package org.ledgerline.storage.dispute;

import org.ledgerline.storage.jdbc.StorageException;

/** A status change that {@link DisputeStatus#canMoveTo} does not allow; nothing was written. */
public class DisputeTransitionException extends StorageException {
    private final DisputeStatus from;
    private final DisputeStatus to;

    public DisputeTransitionException(long disputeId, DisputeStatus from, DisputeStatus to) {
        super("Dispute " + disputeId + " cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public DisputeStatus from() {
        return from;
    }

    public DisputeStatus to() {
        return to;
    }
}
