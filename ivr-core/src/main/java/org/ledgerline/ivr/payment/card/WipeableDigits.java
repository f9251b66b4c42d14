package org.ledgerline.ivr.payment.card;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Keyed card digits held the way every card type must hold them: in a {@code char[]} that
 * {@link #wipe()} zeroes, handed out only as a copy, compared in time that does not depend on where the
 * first difference is, and refused once wiped. {@link CardNumber} and {@link SecurityCode} each own
 * one; the static helpers copy and zero raw arrays while a value is still being validated.
 *
 * <p>Confined to the thread of the call that keyed the digits; not meant to be shared.
 */
final class WipeableDigits {
    private final char[] digits;
    private final String what;
    private boolean wiped;

    /**
     * Takes ownership of {@code digits} (no copy).
     *
     * @param what what the digits are, for the message of the {@link IllegalStateException} thrown
     *     after {@link #wipe()}, such as {@code "card number"}; never the digits themselves
     */
    WipeableDigits(char[] digits, String what) {
        this.digits = digits;
        this.what = what;
    }

    /** A copy of {@code keyed}, or {@code null} when any character is not 0-9. */
    static char @Nullable [] copyIfAllDigits(CharSequence keyed) {
        char[] digits = new char[keyed.length()];
        for (int i = 0; i < digits.length; i++) {
            char c = keyed.charAt(i);
            if (c < '0' || c > '9') {
                wipe(digits);
                return null;
            }
            digits[i] = c;
        }
        return digits;
    }

    static void wipe(char[] digits) {
        Arrays.fill(digits, '\0');
    }

    int length() {
        return digits.length;
    }

    /** A copy for a gateway adapter; the caller zeroes it after use. */
    char[] copy() {
        requireNotWiped();
        return digits.clone();
    }

    /** Whether the digits equal {@code candidate}, looking at every character either way. */
    boolean matches(CharSequence candidate) {
        requireNotWiped();
        if (candidate.length() != digits.length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < digits.length; i++) {
            difference |= digits[i] ^ candidate.charAt(i);
        }
        return difference == 0;
    }

    /** Zeroes the digits. Idempotent. */
    void wipe() {
        wipe(digits);
        wiped = true;
    }

    boolean isWiped() {
        return wiped;
    }

    private void requireNotWiped() {
        if (wiped) {
            throw new IllegalStateException("the " + what + " was wiped after its payment attempt");
        }
    }
}
