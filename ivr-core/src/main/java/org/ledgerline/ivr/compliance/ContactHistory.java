package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.util.List;

/**
 * Port: the telephone calls about a debt (attempts and conversations, both directions). The ledger
 * adapter reads the contact-attempt table; tests use an in-memory list. A call about several of the
 * customer's debts must appear in the history of each of them: it counts against each debt, and a
 * conversation about several debts starts the seven-day period for each (comment 14(b)(4)-1, as we
 * read it). Calls that reached someone other than the consumer stay in the count, which errs on the
 * safe side (the rule counts calls per person).
 */
public interface ContactHistory {

    /**
     * Every call about the account at or after {@code since}, in any order. The gate asks for a little
     * more than seven days back so the window holds in every zone the consumer may be in.
     */
    List<ContactAttempt> callsAbout(long accountId, Instant since);
}
