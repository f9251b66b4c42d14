package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.util.List;

/**
 * Port: the telephone calls about a debt (attempts and conversations, both directions). The ledger
 * adapter reads the contact-attempt table; tests use an in-memory list.
 */
public interface ContactHistory {

    /**
     * Every call about the account at or after {@code since}, in any order. The gate asks for a little
     * more than seven days back so the window holds in every zone the consumer may be in.
     */
    List<ContactAttempt> callsAbout(long accountId, Instant since);
}
