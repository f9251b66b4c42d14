package org.ledgerline.ivr.app;

import java.util.Comparator;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.mail.OutboxMessage;
import org.ledgerline.storage.seed.DemoSeeder;

/**
 * Disputes the demo account's oldest undisputed invoice by phone, on a node whose escalation
 * threshold is 1.00 (so the dispute escalates and queues the credit manager's email), and finds
 * the dispute and its outbox row afterwards.
 */
final class EscalatingCalls {
    /** Node settings under which every dispute escalates. */
    static final String ESCALATE_EVERYTHING = "1.00";

    private EscalatingCalls() {}

    /** Places the call and returns Asterisk's unique id of it. */
    static String disputeOldestInvoice(RunningServer node) {
        AgiEnvironment env = AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);
        Invoice invoice = oldestUndisputedInvoice(node.server.ledger());
        node.call(env, DemoSeeder.DEMO_PIN + "# 5 " + invoice.invoiceNumber() + "# 1 2 1");
        return env.uniqueId();
    }

    static DisputeView disputeOf(Ledger ledger, String callId) {
        return ledger.disputes().findByIdempotencyKey(callId + "/dispute/1").orElseThrow();
    }

    static OutboxMessage emailOf(Ledger ledger, DisputeView dispute) {
        return ledger.mailOutbox().findByIdempotencyKey("dispute-escalated:" + dispute.id()).orElseThrow();
    }

    private static Invoice oldestUndisputedInvoice(Ledger ledger) {
        long account = ledger.accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER).orElseThrow().id();
        return ledger.invoices().findOpenInvoices(account).stream()
                .filter(invoice -> invoice.status() != InvoiceStatus.DISPUTED)
                .min(Comparator.comparing(Invoice::dueOn).thenComparingLong(Invoice::id))
                .orElseThrow();
    }
}
