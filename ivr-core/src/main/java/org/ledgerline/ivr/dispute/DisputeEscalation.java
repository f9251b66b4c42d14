package org.ledgerline.ivr.dispute;

import java.time.LocalDate;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.jdbc.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the escalation rules to a dispute just opened: escalates it in the ledger and queues the
 * credit manager's email in ONE transaction (so a process that dies afterwards loses neither; the
 * mail outbox delivers the email later, with retries), and says whether the caller should go to a
 * person now.
 *
 * <p>Nothing here may lose the dispute or stop the call: a ledger failure while escalating (or
 * while queuing the email, which rolls the escalation back with it) is a WARN and the dispute stays
 * open for a person to pick up. A dispute that is already escalated (the same call replayed) is
 * left alone, so the credit manager hears of it once.
 */
public final class DisputeEscalation {
    private static final Logger log = LoggerFactory.getLogger(DisputeEscalation.class);

    private final DisputeRepository disputes;
    private final Transactions transactions;
    private final EscalationRules rules;
    private final EscalationNotifier notifier;

    public DisputeEscalation(
            DisputeRepository disputes, Transactions transactions, EscalationRules rules, EscalationNotifier notifier) {
        this.disputes = disputes;
        this.transactions = transactions;
        this.rules = rules;
        this.notifier = notifier;
    }

    /**
     * Escalates a just-opened dispute when a rule applies (amount, open disputes, invoice age) and tells the credit manager.
     *
     * @param invoice the disputed invoice as the caller heard it
     * @param today the customer's local date, for the invoice's age
     * @return what the rules decided ({@link EscalationDecision#NONE} when nothing applies, the
     *     dispute was already escalated, or the ledger would not take the escalation)
     */
    public EscalationDecision consider(DisputeView opened, Invoice invoice, LocalDate today) {
        if (opened.status() != DisputeStatus.OPEN) {
            return EscalationDecision.NONE;
        }
        EscalationDecision decision;
        DisputeView escalated;
        try {
            decision = rules.decide(new EscalationRules.Facts(opened.disputedAmount(), opened.currency(),
                    disputes.countOpenForCustomer(opened.customerId()), invoice.daysPastDue(today)));
            if (!decision.escalate()) {
                return decision;
            }
            escalated = transactions.inTransaction("escalate a dispute and queue the credit manager's email", () -> {
                DisputeView view = disputes.escalate(opened.id(), decision.summary());
                notifier.notifyEscalation(view);
                return view;
            });
        } catch (StorageException e) {
            log.warn("dispute {} could not be escalated (nor its email queued): {}", opened.referenceNumber(),
                    e.getMessage());
            return EscalationDecision.NONE;
        }
        log.info("dispute {} escalated, credit manager's email queued: {}", escalated.referenceNumber(),
                decision.summary());
        return decision;
    }
}
