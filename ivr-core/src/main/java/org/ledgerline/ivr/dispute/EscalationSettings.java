package org.ledgerline.ivr.dispute;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a dispute goes to the credit manager. Each rule can be switched off (threshold 0) and can
 * also send the caller straight to a person.
 *
 * @param amountThreshold escalate when the disputed amount is at least this (in the invoice's
 *     currency; no conversion); 0 switches the rule off
 * @param openDisputesThreshold escalate when the customer has at least this many open or escalated
 *     disputes, the new one included; 0 switches the rule off
 * @param invoiceAgeDays escalate when the invoice is at least this many days past due; 0 switches
 *     the rule off
 */
public record EscalationSettings(
        BigDecimal amountThreshold,
        boolean amountTransfers,
        int openDisputesThreshold,
        boolean openDisputesTransfers,
        int invoiceAgeDays,
        boolean invoiceAgeTransfers) {

    public EscalationSettings {
        Objects.requireNonNull(amountThreshold, "amountThreshold");
        if (amountThreshold.signum() < 0) {
            throw new IllegalArgumentException("amountThreshold must not be negative");
        }
        if (openDisputesThreshold < 0 || invoiceAgeDays < 0) {
            throw new IllegalArgumentException("escalation thresholds must not be negative (0 switches a rule off)");
        }
    }

    /** 5,000 or more (transfers), 3 open disputes, 90 days past due. */
    public static EscalationSettings defaults() {
        return new EscalationSettings(new BigDecimal("5000.00"), true, 3, false, 90, false);
    }
}
