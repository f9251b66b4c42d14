package org.ledgerline.ivr.payment.card;

import java.util.Objects;

/**
 * The card security code (CVV2/CVC2/CID): three digits, four for American Express. Never kept past
 * the payment attempt: the digits sit in a {@code char[]} that {@link #wipe()} zeroes, and
 * {@link #toString()} shows nothing of them.
 */
public final class SecurityCode extends KeyedCardValue {
    private SecurityCode(char[] digits) {
        super(digits, "security code");
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

    @Override
    public String toString() {
        return "SecurityCode[***]";
    }
}
