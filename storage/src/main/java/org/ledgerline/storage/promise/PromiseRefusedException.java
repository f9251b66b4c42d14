package org.ledgerline.storage.promise;

import org.ledgerline.storage.jdbc.StorageException;

/** A promise was not recorded because an invoice it names does not fit; nothing was written. */
public class PromiseRefusedException extends StorageException {
    /** Why the promise was refused. */
    public enum Reason {
        /** No invoice with that id. */
        UNKNOWN_INVOICE,
        /** The invoice belongs to another account. */
        INVOICE_OF_ANOTHER_ACCOUNT
    }

    private final Reason reason;
    private final long invoiceId;

    public PromiseRefusedException(Reason reason, long invoiceId) {
        super("Promise refused: " + reason + " (invoice " + invoiceId + ")");
        this.reason = reason;
        this.invoiceId = invoiceId;
    }

    public Reason reason() {
        return reason;
    }

    public long invoiceId() {
        return invoiceId;
    }
}
