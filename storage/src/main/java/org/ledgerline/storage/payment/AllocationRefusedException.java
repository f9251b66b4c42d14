package org.ledgerline.storage.payment;

import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.StorageException;

/**
 * A payment was not posted because its allocations do not fit the ledger as it stands; nothing was
 * written. The message names the reason and the invoice id, never card data.
 */
public class AllocationRefusedException extends StorageException {
    /** Why the allocation was refused. */
    public enum Reason {
        /** No invoice with that id. */
        UNKNOWN_INVOICE,
        /** The invoice belongs to another account. */
        INVOICE_OF_ANOTHER_ACCOUNT,
        /** The invoice is in another currency than the payment. */
        CURRENCY_MISMATCH,
        /** The invoice was written off and takes no payments. */
        INVOICE_WRITTEN_OFF,
        /** The allocation is more than the invoice's open balance. */
        ABOVE_OPEN_BALANCE,
        /** The allocations do not add up to the payment's amount. */
        ALLOCATIONS_DO_NOT_ADD_UP
    }

    private final Reason reason;
    private final @Nullable Long invoiceId;

    public AllocationRefusedException(Reason reason, @Nullable Long invoiceId) {
        super("Payment refused: " + reason + (invoiceId == null ? "" : " (invoice " + invoiceId + ")"));
        this.reason = reason;
        this.invoiceId = invoiceId;
    }

    public Reason reason() {
        return reason;
    }

    /** The invoice the refusal is about, or null when it is about the payment as a whole. */
    public @Nullable Long invoiceId() {
        return invoiceId;
    }
}
