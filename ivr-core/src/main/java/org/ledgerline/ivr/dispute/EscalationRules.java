package org.ledgerline.ivr.dispute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The configurable escalation rules: disputed amount, the customer's open disputes and the
 * invoice's age. Pure: the caller gathers the facts, the rules only decide.
 */
public final class EscalationRules {
    private final EscalationSettings settings;

    public EscalationRules(EscalationSettings settings) {
        this.settings = settings;
    }

    /** The facts the rules look at. {@code openDisputes} counts the new dispute too. */
    public record Facts(BigDecimal disputedAmount, String currency, int openDisputes, long daysPastDue) {}

    public EscalationDecision decide(Facts facts) {
        List<String> reasons = new ArrayList<>();
        boolean transfer = false;
        if (settings.amountThreshold().signum() > 0
                && facts.disputedAmount().compareTo(settings.amountThreshold()) >= 0) {
            reasons.add("disputed amount " + facts.disputedAmount().toPlainString() + " " + facts.currency()
                    + " is at least " + settings.amountThreshold().toPlainString());
            transfer |= settings.amountTransfers();
        }
        if (settings.openDisputesThreshold() > 0 && facts.openDisputes() >= settings.openDisputesThreshold()) {
            reasons.add("customer has " + facts.openDisputes() + " open disputes (threshold "
                    + settings.openDisputesThreshold() + ")");
            transfer |= settings.openDisputesTransfers();
        }
        if (settings.invoiceAgeDays() > 0 && facts.daysPastDue() >= settings.invoiceAgeDays()) {
            reasons.add("invoice is " + facts.daysPastDue() + " days past due (threshold " + settings.invoiceAgeDays()
                    + ")");
            transfer |= settings.invoiceAgeTransfers();
        }
        return new EscalationDecision(reasons, transfer);
    }
}
