package org.ledgerline.ivr.payment.card;

import java.util.Arrays;

/**
 * The digit handling card types share: copying keyed digits into an array without making strings,
 * zeroing, and comparing in time that does not depend on where the first difference is.
 */
final class SensitiveDigits {
    private SensitiveDigits() {
    }

    /** A copy of {@code keyed}, or {@code null} when any character is not 0-9. */
    static char[] copyIfAllDigits(CharSequence keyed) {
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

    /** Whether {@code digits} equals {@code candidate}, looking at every character either way. */
    static boolean matches(char[] digits, CharSequence candidate) {
        if (candidate.length() != digits.length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < digits.length; i++) {
            difference |= digits[i] ^ candidate.charAt(i);
        }
        return difference == 0;
    }
}
