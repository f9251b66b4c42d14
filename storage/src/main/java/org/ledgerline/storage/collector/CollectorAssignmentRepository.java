package org.ledgerline.storage.collector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who works which account. An account has at most one active assignment. */
public interface CollectorAssignmentRepository {

    /**
     * Gives the account to the user from {@code from}. Assigning it to the user who already has it
     * changes nothing and returns that assignment; an account another user works is handed over
     * (their assignment ends at {@code from}). Audited.
     */
    CollectorAssignment assign(long userId, long accountId, Instant from, String assignedBy);

    /** Ends the account's active assignment; false when it had none. Audited. */
    boolean unassign(long accountId, Instant at, String endedBy);

    /** The accounts the user works now, in the order they were assigned. */
    List<CollectorAssignment> worklistOf(long userId);

    /**
     * The user's accounts with what the desk orders them by, as of the day {@code asOf}: most past due
     * first, then the oldest past-due invoice, the most broken promises, the longest without contact.
     */
    List<WorklistEntry> worklistEntriesOf(long userId, LocalDate asOf);

    Optional<CollectorAssignment> activeAssignmentOf(long accountId);

    /** Whether the user actively works any of the customer's accounts (one indexed look-up, no worklist figures). */
    boolean worksCustomer(long userId, long customerId);

    /** Every assignment the account ever had, oldest first. */
    List<CollectorAssignment> historyOf(long accountId);
}
