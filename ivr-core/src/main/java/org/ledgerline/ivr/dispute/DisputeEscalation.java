package org.ledgerline.ivr.dispute;

import java.time.LocalDate;
import org.ledgerline.storage.alert.AlertRepository;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.jdbc.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the escalation rules to a dispute just opened: escalates it in the ledger, tells the
 * credit manager, and says whether the caller should go to a person now.
 *
 * <p>Nothing here may lose the dispute or stop the call: an email that cannot be sent is a WARN
 * plus an alert ({@value #EMAIL_FAILED}, once per dispute) so a person follows up; a ledger
 * failure while escalating is a WARN. A dispute that is already escalated (the same call replayed)
 * is left alone, so the credit manager hears of it once.
 */
public final class DisputeEscalation {
    /** Alert kind raised when the credit manager could not be emailed. */
    public static final String EMAIL_FAILED = "DISPUTE_ESCALATION_EMAIL_FAILED";
    private static final Logger log = LoggerFactory.getLogger(DisputeEscalation.class);

    private final DisputeRepository disputes;
    private final AlertRepository alerts;
    private final EscalationRules rules;
    private final EscalationNotifier notifier;

    public DisputeEscalation(
            DisputeRepository disputes, AlertRepository alerts, EscalationRules rules, EscalationNotifier notifier) {
        this.disputes = disputes;
        this.alerts = alerts;
        this.rules = rules;
        this.notifier = notifier;
    }

    /**
     * Escalates a just-opened dispute when a rule applies (amount, open disputes, invoice age) and tells the credit manager.
     *
     * @param invoice the disputed invoice as the caller heard it
     * @param today the customer's local date, for the invoice's age
     * @return what the rules decided ({@link EscalationDecision#NONE} when nothing applies or the
     *     dispute was already escalated)
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
            escalated = disputes.escalate(opened.id(), decision.summary());
        } catch (StorageException e) {
            log.warn("dispute {} could not be considered for escalation: {}", opened.referenceNumber(), e.getMessage());
            return EscalationDecision.NONE;
        }
        log.info("dispute {} escalated: {}", escalated.referenceNumber(), decision.summary());
        notifyCreditManager(escalated);
        return decision;
    }

    private void notifyCreditManager(DisputeView escalated) {
        try {
            notifier.notifyEscalation(escalated);
        } catch (EscalationNotificationException e) {
            log.warn("credit manager not told of escalated dispute {}: {}", escalated.referenceNumber(), e.getMessage());
            try {
                alerts.raise("dispute-escalation-email:" + escalated.id(), EMAIL_FAILED, escalated.customerId(),
                        escalated.accountId(), "Escalated dispute " + escalated.referenceNumber() + " not emailed",
                        "The credit manager could not be emailed about dispute " + escalated.referenceNumber()
                                + " (invoice " + escalated.invoiceNumber() + "): " + e.getMessage());
            } catch (StorageException alertFailed) {
                log.warn("and no alert could be raised for dispute {}: {}", escalated.referenceNumber(), alertFailed.getMessage());
            }
        }
    }
}
