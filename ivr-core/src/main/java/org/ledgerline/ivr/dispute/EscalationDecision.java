package org.ledgerline.ivr.dispute;

import java.util.List;

/**
 * What the rules decided for one dispute: the reasons it is escalated (empty: it is not) and
 * whether any of those rules sends the caller to a person right away.
 */
public record EscalationDecision(List<String> reasons, boolean transferCaller) {
    public static final EscalationDecision NONE = new EscalationDecision(List.of(), false);

    public EscalationDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean escalate() {
        return !reasons.isEmpty();
    }

    /** The reasons as one line, for the ledger and the email. */
    public String summary() {
        return String.join("; ", reasons);
    }
}
