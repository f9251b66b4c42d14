package org.ledgerline.storage.mail;

/** Where an outbox email is: waiting to be (re)sent, accepted by the SMTP server, or given up on. */
public enum OutboxStatus {
    /** Due at {@code nextAttemptAt}; a claim leases it until then. */
    PENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** It failed the configured number of attempts; an alert was raised; it stays for the back office. */
    FAILING
}
