package org.ledgerline.ivr.payment.card;

import java.util.Objects;

/**
 * The card security code (CVV2/CVC2/CID): three digits, four for American Express. Never kept past
 * the payment attempt: the digits sit in a {@code char[]} that {@link #wipe()} zeroes, and
 * {@link #toString()} shows nothing of them.
 */
public final class SecurityCode {
    private final WipeableDigits digits;

    private SecurityCode(char[] digits) {
        this.digits = new WipeableDigits(digits, "security code");
    }

    /**
     * Validates keyed digits for a card of {@code brand}.
     *
     * @throws InvalidCardDataException {@code SECURITY_CODE_NOT_DIGITS} or {@code SECURITY_CODE_WRONG_LENGTH}
     */
    public static SecurityCode parse(CharSequence keyed, CardBrand brand) throws InvalidCardDataException {
        Objects.requireNonNull(keyed, "keyed security code");
        Objects.requireNonNull(brand, "brand");
        char[] digits = WipeableDigits.copyIfAllDigits(keyed);
        if (digits == null) {
            throw new InvalidCardDataException(CardDataProblem.SECURITY_CODE_NOT_DIGITS);
        }
        if (digits.length != brand.securityCodeLength()) {
            WipeableDigits.wipe(digits);
            throw new InvalidCardDataException(CardDataProblem.SECURITY_CODE_WRONG_LENGTH);
        }
        return new SecurityCode(digits);
    }

    public int length() {
        return digits.length();
    }

    /**
     * A copy of the digits for a gateway adapter to send; the caller must zero it after use.
     *
     * @throws IllegalStateException after {@link #wipe()}
     */
    public char[] copyDigits() {
        return digits.copy();
    }

    /** Whether this is the code {@code candidate}, without copying the digits. */
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

    @Override
    public String toString() {
        return "SecurityCode[***]";
    }
}
