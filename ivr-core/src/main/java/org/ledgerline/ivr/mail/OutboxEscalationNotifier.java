package org.ledgerline.ivr.mail;

import org.ledgerline.ivr.dispute.EscalationNotifier;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.mail.MailOutbox;
import org.ledgerline.storage.mail.NewOutboxMessage;

/**
 * Queues the credit manager's escalation email in the mail outbox, in the caller's transaction (the
 * escalation's). One email per dispute (key {@code dispute-escalated:<id>}), however often the
 * escalation is replayed; {@link OutboxDeliveryWorker} sends it.
 */
public final class OutboxEscalationNotifier implements EscalationNotifier {
    private final MailOutbox outbox;
    private final SmtpSettings settings;

    public OutboxEscalationNotifier(MailOutbox outbox, SmtpSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public void notifyEscalation(DisputeView dispute) {
        EscalationEmail email = EscalationEmail.of(dispute, settings);
        outbox.enqueue(
                new NewOutboxMessage("dispute-escalated:" + dispute.id(), settings.from(), settings.creditManager(),
                        email.subject(), email.body()));
    }
}
