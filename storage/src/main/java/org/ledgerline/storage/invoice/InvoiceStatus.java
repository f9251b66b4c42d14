package org.ledgerline.storage.invoice;

/** Where an invoice stands. Disputed invoices are skipped by reminders. */
public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, DISPUTED, WRITTEN_OFF
}
