package org.ledgerline.ivr.mail;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.ledgerline.ivr.schedule.FixedDelaySchedule;
import org.ledgerline.ivr.schedule.RetryBackoff;
import org.ledgerline.storage.mail.MailOutbox;
import org.ledgerline.storage.mail.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the mail outbox: every poll interval it claims due emails ({@link MailOutbox#claimDue},
 * which skips rows other workers hold, so several nodes may run one), sends each, and marks it
 * sent; a failure is retried after an exponential, jittered back-off, and after
 * {@link OutboxSettings#maxAttempts()} the email is marked failing with one alert and stays visible.
 *
 * <p>Exactly once as far as SMTP allows: an email is marked sent only after the server accepted it,
 * so a crash between the two makes the email due again (after its lease) and it is sent again, with
 * the same {@code Message-ID}, which lets receiving systems drop the duplicate. SMTP itself has no
 * way to ask "did you already get this one?", so at-least-once plus a stable id is the best it allows.
 *
 * <p>Runs on one daemon platform thread of its own ("mail-outbox"): the sends block while the SMTP
 * server answers and must never run on an event loop nor overlap themselves.
 */
public final class OutboxDeliveryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryWorker.class);

    private final MailOutbox outbox;
    private final MailSender sender;
    private final OutboxSettings settings;
    private final RetryBackoff backoff;
    private final FixedDelaySchedule schedule;

    public OutboxDeliveryWorker(MailOutbox outbox, MailSender sender, OutboxSettings settings, RandomGenerator random) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.backoff = new RetryBackoff(settings.baseBackoff(), settings.maxBackoff(), random);
        this.schedule = new FixedDelaySchedule("mail outbox delivery", "mail-outbox", settings.pollInterval(),
                this::deliverDue);
    }

    /** Looks for due emails now, then every poll interval after each look, until {@link #close()}. */
    public void start() {
        schedule.start();
        log.info("mail outbox delivery every {}, {} attempts, back-off from {} up to {}", settings.pollInterval(),
                settings.maxAttempts(), settings.baseBackoff(), settings.maxBackoff());
    }

    /** Claims and sends what is due now, batch after batch; how many emails were accepted. */
    int deliverDue() {
        int sent = 0;
        List<OutboxMessage> batch;
        do {
            batch = outbox.claimDue(OutboxSettings.BATCH_SIZE, settings.lease());
            for (OutboxMessage message : batch) {
                if (Thread.currentThread().isInterrupted()) {
                    return sent;
                }
                sent += deliver(message) ? 1 : 0;
            }
        } while (batch.size() == OutboxSettings.BATCH_SIZE);
        return sent;
    }

    private boolean deliver(OutboxMessage message) {
        try {
            sender.send(message);
        } catch (MailDeliveryException e) {
            failed(message, Objects.requireNonNullElse(e.getMessage(), "the mail server did not accept the email"));
            return false;
        }
        if (!outbox.markSent(message.id())) {
            log.warn("email {} was sent but was no longer pending (another worker's lease ran out?)", message.id());
        }
        // Ids only: a subject names the customer, and logs are not the place for customers' names.
        log.info("email {} ({}) accepted by the mail server (attempt {})", message.id(), message.idempotencyKey(),
                message.attempts());
        return true;
    }

    private void failed(OutboxMessage message, String error) {
        if (message.attempts() >= settings.maxAttempts()) {
            outbox.markFailing(message.id(), error);
            log.warn("email {} ({}) failed {} attempts, given up (alert raised): {}", message.id(),
                    message.idempotencyKey(),
                    message.attempts(), error);
            return;
        }
        Duration wait = backoff.after(message.attempts());
        outbox.retryLater(message.id(), error, wait);
        log.info("email {} attempt {} failed, retrying in {}: {}", message.id(), message.attempts(), wait, error);
    }

    /** Stops looking and waits briefly for a send in progress to finish. */
    @Override
    public void close() {
        schedule.close();
    }
}
