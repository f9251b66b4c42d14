package org.ledgerline.storage.dispute;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Opens, escalates, closes, searches and reports on disputes. */
public interface DisputeRepository {
    /**
     * Opens a dispute exactly once: in one transaction, the dispute with a new reference number,
     * the invoice flagged {@code DISPUTED} (its prior status remembered) and the audit line
     * {@code DISPUTE_OPENED}. Opening the same idempotency key again writes nothing and returns the
     * dispute opened first.
     *
     * @throws DisputeRefusedException unknown or inactive reason code, or unknown invoice
     * @throws org.ledgerline.storage.jdbc.IdempotencyConflictException the key was used for a dispute
     *     of another invoice or reason
     */
    DisputeView open(NewDispute dispute);

    /**
     * Moves an open dispute to {@code ESCALATED} and audits {@code DISPUTE_ESCALATED} (actor
     * {@code system}: escalation is decided by rules, not by a person). Escalating an
     * already escalated dispute changes nothing and returns it, so a retried escalation is harmless.
     *
     * @throws NoSuchDisputeException no such dispute
     * @throws DisputeTransitionException the dispute is resolved or rejected
     */
    DisputeView escalate(long disputeId, String reason);

    /**
     * Resolves or rejects a dispute with a note, audits {@code DISPUTE_STATUS_CHANGED} with the actor
     * and the note, and, when no other dispute on the invoice is still active, lifts the invoice's
     * {@code DISPUTED} flag: back to the status it had, adjusted for payments taken meanwhile
     * ({@code PAID} at a zero balance, {@code PARTIALLY_PAID} below the amount, else {@code OPEN};
     * a written-off invoice stays written off).
     *
     * @param target {@code RESOLVED} or {@code REJECTED}
     * @param actor who did it (a back-office user name), for the audit log
     * @throws NoSuchDisputeException no such dispute
     * @throws DisputeTransitionException the dispute is already resolved or rejected, or
     *     {@code target} is not a closing status
     */
    DisputeView changeStatus(long disputeId, DisputeStatus target, String note, String actor);

    Optional<DisputeView> findById(long disputeId);

    Optional<DisputeView> findByReferenceNumber(String referenceNumber);

    Optional<DisputeView> findByIdempotencyKey(String idempotencyKey);

    /** The active reason codes, in their spoken order. */
    List<DisputeReason> findReasons();

    /** One page of the disputes matching the query, newest first, with the total count. */
    DisputePage search(DisputeQuery query);

    /**
     * Counts and amounts of disputes created in {@code [from, to)}, per reason code and currency,
     * in the reasons' spoken order.
     */
    List<ReasonTotals> reportByReason(Instant from, Instant to);

    /** The customer's disputes still open or escalated (for escalation rules). */
    int countOpenForCustomer(long customerId);
}
