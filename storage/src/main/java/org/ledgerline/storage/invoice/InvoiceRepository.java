package org.ledgerline.storage.invoice;

import java.util.List;

/** Reads invoices. */
public interface InvoiceRepository {
    /**
     * Invoices with an open balance above zero (including disputed ones, excluding written-off
     * ones), oldest due date first.
     */
    List<Invoice> findOpenInvoices(long accountId);
}
