package org.ledgerline.ivr.account;

import java.time.Duration;

/**
 * How callers identify themselves.
 *
 * @param accountNumberMaxDigits longest account number a caller can key in (ended early by {@code #})
 * @param pinLength digits in a PIN (ended early by {@code #})
 * @param pinTriesPerCall failed identifications before the caller is sent to a person (default 3)
 * @param lockThreshold wrong PINs, counted across calls, after which an account locks (default 5)
 * @param firstDigitTimeout how long to wait for the first key after a prompt
 * @param interDigitTimeout how long to wait between keys
 */
public record IdentificationSettings(
        int accountNumberMaxDigits,
        int pinLength,
        int pinTriesPerCall,
        int lockThreshold,
        Duration firstDigitTimeout,
        Duration interDigitTimeout) {

    public IdentificationSettings {
        requireAtLeastOne("accountNumberMaxDigits", accountNumberMaxDigits);
        requireAtLeastOne("pinLength", pinLength);
        requireAtLeastOne("pinTriesPerCall", pinTriesPerCall);
        requireAtLeastOne("lockThreshold", lockThreshold);
        if (firstDigitTimeout.isNegative() || firstDigitTimeout.isZero()
                || interDigitTimeout.isNegative() || interDigitTimeout.isZero()) {
            throw new IllegalArgumentException("digit timeouts must be positive");
        }
    }

    /** 10-digit account numbers, 4-digit PINs, 3 tries per call, lock after 5 wrong PINs, 5 s / 3 s timeouts. */
    public static IdentificationSettings defaults() {
        return new IdentificationSettings(10, 4, 3, 5, Duration.ofSeconds(5), Duration.ofSeconds(3));
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
