package org.ledgerline.ivr.payment;

import java.time.Duration;

/**
 * How the pay-by-phone flow behaves; built by the application from the {@code payments} and
 * {@code ivr} configuration.
 *
 * @param fieldTries tries per keyed field (amount, card number, expiry, security code) before the
 *     caller is sent to a person (default 3)
 * @param cardAttempts cards a caller may try on one payment after declines (default 3); each is a
 *     new gateway attempt with its own idempotency key
 * @param postAttempts tries to post an approved charge to the ledger before the caller is told the
 *     confirmation is delayed and an alert is raised (default 3); the card is never charged again
 * @param postRetryDelay pause between those tries (default 200 ms)
 * @param digitTimeout wait for the first key of an entry
 * @param interDigitTimeout wait between keys of an entry
 */
public record PaymentSettings(
        int fieldTries,
        int cardAttempts,
        int postAttempts,
        Duration postRetryDelay,
        Duration digitTimeout,
        Duration interDigitTimeout) {

    public PaymentSettings {
        if (fieldTries < 1 || cardAttempts < 1 || postAttempts < 1) {
            throw new IllegalArgumentException("fieldTries, cardAttempts and postAttempts must each be at least 1");
        }
        if (postRetryDelay.isNegative()) {
            throw new IllegalArgumentException("postRetryDelay must not be negative");
        }
        if (!digitTimeout.isPositive() || !interDigitTimeout.isPositive()) {
            throw new IllegalArgumentException("digit timeouts must be positive");
        }
    }

    /** The documented defaults: 3 tries per field, 3 cards, 3 ledger posts 200 ms apart, 5 s / 3 s timeouts. */
    public static PaymentSettings defaults() {
        return new PaymentSettings(3, 3, 3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(3));
    }
}
