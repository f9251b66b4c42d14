package org.ledgerline.storage.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The mail outbox. Writes join the caller's transaction when there is one, which is the point:
 * {@link #enqueue} inside the transaction of the change that causes the email means the email
 * exists exactly when the change does. Time is the database's clock ({@code now()}), the one clock
 * every node shares.
 */
public interface MailOutbox {
    /** Alert kind raised (once per email) when an email is given up on. */
    String FAILING_ALERT_KIND = "MAIL_DELIVERY_FAILING";

    /**
     * Queues an email, due at once, with a new stable Message-ID. Queuing the same idempotency key
     * again writes nothing and returns the email queued first.
     */
    OutboxMessage enqueue(NewOutboxMessage message);

    /**
     * Claims up to {@code limit} due {@code PENDING} emails, oldest due first, skipping rows another
     * worker has locked: each claimed row counts one more attempt and is leased (its next attempt
     * moves {@code lease} ahead), so no other worker sends it meanwhile. If this worker dies mid-send,
     * the row is due again when the lease runs out and is sent again with the same Message-ID.
     */
    List<OutboxMessage> claimDue(int limit, Duration lease);

    /** The SMTP server accepted it. False when the row is not (or no longer) pending. */
    boolean markSent(long id);

    /** The attempt failed; try again {@code delay} from now. False when the row is not pending. */
    boolean retryLater(long id, String error, Duration delay);

    /**
     * Gives up: the email becomes {@code FAILING} and, in the same transaction, one alert of kind
     * {@value #FAILING_ALERT_KIND} is raised for it. False when the row is not pending.
     */
    boolean markFailing(long id, String error);

    Optional<OutboxMessage> findById(long id);

    Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey);

    /**
     * Emails that keep failing, oldest first, for the back office: those given up on
     * ({@code FAILING}) and those still being retried after a failed attempt ({@code PENDING} with
     * an error). Sent emails and ones not yet tried are not listed.
     */
    List<OutboxMessage> findFailing();
}
