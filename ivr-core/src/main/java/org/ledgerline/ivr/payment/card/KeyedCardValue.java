package org.ledgerline.ivr.payment.card;

/**
 * What card number and security code share: digits kept only in a {@code char[]} for the length of
 * one payment attempt, handed out only as a copy the caller must zero, and wiped on request.
 * Subclasses live in this package only (the constructor is package-private) and mask
 * {@code toString()}.
 */
public abstract sealed class KeyedCardValue permits CardNumber, SecurityCode {
    private final WipeableDigits digits;

    KeyedCardValue(char[] validated, String what) {
        this.digits = new WipeableDigits(validated, what);
    }

    public int length() {
        return digits.length();
    }

    /**
     * A copy of the digits for a gateway adapter to send. The caller owns the copy and must zero it
     * ({@code Arrays.fill(copy, '\0')}) as soon as it is written out.
     *
     * @throws IllegalStateException after {@link #wipe()}
     */
    public char[] copyDigits() {
        return digits.copy();
    }

    /** Whether this is the value {@code candidate} (for test-card tables), without copying the digits. */
    public boolean matches(CharSequence candidate) {
        return digits.matches(candidate);
    }

    /** Zeroes the digits. Idempotent. */
    public void wipe() {
        digits.wipe();
    }

    public boolean isWiped() {
        return digits.isWiped();
    }
}
