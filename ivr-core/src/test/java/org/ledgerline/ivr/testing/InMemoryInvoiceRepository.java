package org.ledgerline.ivr.testing;

import java.util.Comparator;
import java.util.List;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceRepository;

/** Invoices in memory, answered as the JDBC repository does: open balance above zero, oldest due first. */
public final class InMemoryInvoiceRepository implements InvoiceRepository {
    private final InMemoryLedger ledger;

    InMemoryInvoiceRepository(InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<Invoice> findOpenInvoices(long accountId) {
        ledger.requireUp();
        return ledger.invoices.values().stream()
                .filter(i -> i.accountId() == accountId && i.openBalance().signum() > 0)
                .sorted(Comparator.comparing(Invoice::dueOn).thenComparingLong(Invoice::id))
                .toList();
    }
}
