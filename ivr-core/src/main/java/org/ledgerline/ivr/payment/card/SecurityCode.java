package org.ledgerline.ivr.payment.card;

import java.util.Objects;

/**
 * The card security code (CVV2/CVC2/CID): three digits, four for American Express. Never kept past
 * the payment attempt: the digits sit in a {@code char[]} that {@link #wipe()} zeroes, and
 * {@link #toString()} shows nothing of them.
 */
public final class SecurityCode {
    private final char[] digits;
    private boolean wiped;

    private SecurityCode(char[] digits) {
        this.digits = digits;
    }

    /**
     * Validates keyed digits for a card of {@code brand}.
     *
     * @throws InvalidCardDataException {@code SECURITY_CODE_NOT_DIGITS} or {@code SECURITY_CODE_WRONG_LENGTH}
     */
    public static SecurityCode parse(CharSequence keyed, CardBrand brand) throws InvalidCardDataException {
        Objects.requireNonNull(keyed, "keyed security code");
        Objects.requireNonNull(brand, "brand");
        char[] digits = SensitiveDigits.copyIfAllDigits(keyed);
        if (digits == null) {
            throw new InvalidCardDataException(CardDataProblem.SECURITY_CODE_NOT_DIGITS);
        }
        if (digits.length != brand.securityCodeLength()) {
            SensitiveDigits.wipe(digits);
            throw new InvalidCardDataException(CardDataProblem.SECURITY_CODE_WRONG_LENGTH);
        }
        return new SecurityCode(digits);
    }

    public int length() {
        return digits.length;
    }

    /**
     * A copy of the digits for a gateway adapter to send; the caller must zero it after use.
     *
     * @throws IllegalStateException after {@link #wipe()}
     */
    public char[] copyDigits() {
        requireNotWiped();
        return digits.clone();
    }

    /** Whether this is the code {@code candidate}, without copying the digits. */
    public boolean matches(CharSequence candidate) {
        requireNotWiped();
        return SensitiveDigits.matches(digits, candidate);
    }

    /** Zeroes the digits. Idempotent. */
    public void wipe() {
        SensitiveDigits.wipe(digits);
        wiped = true;
    }

    public boolean isWiped() {
        return wiped;
    }

    private void requireNotWiped() {
        if (wiped) {
            throw new IllegalStateException("the security code was wiped after its payment attempt");
        }
    }

    @Override
    public String toString() {
        return "SecurityCode[***]";
    }
}
