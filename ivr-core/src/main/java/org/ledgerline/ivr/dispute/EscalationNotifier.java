package org.ledgerline.ivr.dispute;

import org.ledgerline.storage.dispute.DisputeView;

/**
 * The port through which the credit manager hears of an escalated dispute (the adapter sends an
 * email). Blocks the calling (virtual) thread until the message was accepted or it gives up.
 */
public interface EscalationNotifier {
    /**
     * Tells the credit manager about {@code dispute}: its reference, reason, the invoice and a link
     * to the recorded description when there is one.
     *
     * @throws EscalationNotificationException the message could not be handed over in time
     */
    void notifyEscalation(DisputeView dispute);
}
