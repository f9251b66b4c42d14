package org.ledgerline.ivr.dispute;

import org.ledgerline.storage.dispute.DisputeView;

/**
 * The port through which the credit manager hears of an escalated dispute. The adapter queues an
 * email in the mail outbox; {@link DisputeEscalation} calls it inside the transaction that
 * escalates the dispute, so the email exists exactly when the escalation does, and is delivered
 * later, with retries, by the outbox's worker.
 */
public interface EscalationNotifier {
    /**
     * Queues the credit manager's notice of {@code dispute}: its reference, reason, the invoice and a
     * link to the recorded description when there is one. Idempotent per dispute.
     *
     * @throws org.ledgerline.storage.jdbc.StorageException the notice could not be written (the
     *     caller's transaction then rolls back)
     */
    void notifyEscalation(DisputeView dispute);
}
