package org.ledgerline.ivr.payment.card;

import java.util.Objects;
import java.util.Optional;

/**
 * A primary account number as keyed by the caller: 13 to 19 digits, Luhn-checked, of a brand we
 * accept. The digits sit in a {@code char[]} that {@link #wipe()} zeroes; only the brand and the last
 * four digits (which may be kept and spoken back) live outside it. {@link #toString()} is masked.
 *
 * <p>Confined to the thread of the call that keyed it; not meant to be shared.
 */
public final class CardNumber extends KeyedCardValue {
    public static final int MIN_LENGTH = 13;
    public static final int MAX_LENGTH = 19;

    private final CardBrand brand;
    private final String last4;

    private CardNumber(char[] validated, CardBrand brand) {
        super(validated, "card number");
        this.brand = brand;
        this.last4 = new String(validated, validated.length - 4, 4);
    }

    /**
     * Validates keyed digits and copies them into a new card number. Checks, in this order: digits
     * only, length 13-19, the Luhn check digit, an accepted brand, a length that brand issues.
     *
     * @throws InvalidCardDataException naming the first problem found (never the digits)
     */
    public static CardNumber parse(CharSequence keyed) throws InvalidCardDataException {
        Objects.requireNonNull(keyed, "keyed card number");
        char[] digits = WipeableDigits.copyIfAllDigits(keyed);
        if (digits == null) {
            throw new InvalidCardDataException(CardDataProblem.CARD_NUMBER_NOT_DIGITS);
        }
        try {
            CardBrand brand = validate(digits);
            return new CardNumber(digits, brand);
        } catch (InvalidCardDataException refused) {
            WipeableDigits.wipe(digits);
            throw refused;
        }
    }

    private static CardBrand validate(char[] digits) throws InvalidCardDataException {
        if (digits.length < MIN_LENGTH) {
            throw new InvalidCardDataException(CardDataProblem.CARD_NUMBER_TOO_SHORT);
        }
        if (digits.length > MAX_LENGTH) {
            throw new InvalidCardDataException(CardDataProblem.CARD_NUMBER_TOO_LONG);
        }
        if (!passesLuhn(digits)) {
            throw new InvalidCardDataException(CardDataProblem.CARD_NUMBER_CHECK_DIGIT_WRONG);
        }
        Optional<CardBrand> brand = CardBrand.detect(digits);
        if (brand.isEmpty()) {
            throw new InvalidCardDataException(CardDataProblem.CARD_BRAND_NOT_ACCEPTED);
        }
        if (!brand.get().allowsLength(digits.length)) {
            throw new InvalidCardDataException(CardDataProblem.CARD_NUMBER_LENGTH_WRONG_FOR_BRAND);
        }
        return brand.get();
    }

    /** Luhn (mod 10): double every second digit from the right, sum the digits, expect a multiple of 10. */
    private static boolean passesLuhn(char[] digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length - 1; i >= 0; i--) {
            int digit = digits[i] - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public CardBrand brand() {
        return brand;
    }

    /** The last four digits: the only part of the number that may be kept, shown or spoken. */
    public String last4() {
        return last4;
    }

    /** Brand and last four only, such as {@code CardNumber[VISA ************1111]}. */
    @Override
    public String toString() {
        return "CardNumber[" + brand + " " + "*".repeat(length() - 4) + last4 + "]";
    }
}
