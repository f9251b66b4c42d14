package org.ledgerline.ivr.menu;

import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.storage.invoice.Invoice;

/**
 * Something the caller can do with the invoice just read to them (for example pay or dispute it),
 * registered on {@link OpenInvoicesOption} under a key. {@link Next#MENU} stays in the invoice
 * list, {@link Next#BACK} returns to the main menu.
 */
@FunctionalInterface
public interface InvoiceAction {
    Next run(CallChannel channel, IdentifiedCaller caller, Invoice invoice);
}
