package org.ledgerline.ivr.payment.card;

import java.util.Optional;

/**
 * The card brands we accept, recognised by their issuer prefix (IIN range), with the lengths their
 * numbers have and the length of their security code.
 */
public enum CardBrand {
    /** Prefix 4; 13, 16 or 19 digits. */
    VISA("card-brand-visa", 3, 13, 16, 19),
    /** Prefixes 51-55 and 2221-2720; 16 digits. */
    MASTERCARD("card-brand-mastercard", 3, 16),
    /** Prefixes 34 and 37; 15 digits; a four-digit security code (CID) on the front. */
    AMERICAN_EXPRESS("card-brand-amex", 4, 15),
    /** Prefixes 6011, 644-649, 65 and 622126-622925; 16 to 19 digits. */
    DISCOVER("card-brand-discover", 3, 16, 17, 18, 19);

    private final String promptKey;
    private final int securityCodeLength;
    @SuppressWarnings("ImmutableEnumChecker") // private, set once from the constants above, never written or handed out
    private final int[] lengths;

    CardBrand(String promptKey, int securityCodeLength, int... lengths) {
        this.promptKey = promptKey;
        this.securityCodeLength = securityCodeLength;
        this.lengths = lengths;
    }

    /** Prompt key that speaks the brand's name ("Visa"), for read-backs such as "Visa ending 1111". */
    public String promptKey() {
        return promptKey;
    }

    /** Digits in this brand's security code: 4 for American Express, 3 for the others. */
    public int securityCodeLength() {
        return securityCodeLength;
    }

    /** Whether numbers of this brand can have {@code length} digits. */
    public boolean allowsLength(int length) {
        for (int allowed : lengths) {
            if (allowed == length) {
                return true;
            }
        }
        return false;
    }

    /**
     * The brand whose prefix {@code digits} starts with. Reads the leading digits as numbers without
     * building a string, so the card number never exists outside its array.
     */
    static Optional<CardBrand> detect(char[] digits) {
        if (digits.length < 6) {
            return Optional.empty();
        }
        int p1 = prefix(digits, 1);
        int p2 = prefix(digits, 2);
        int p3 = prefix(digits, 3);
        int p4 = prefix(digits, 4);
        int p6 = prefix(digits, 6);
        if (p1 == 4) {
            return Optional.of(VISA);
        }
        if (p2 == 34 || p2 == 37) {
            return Optional.of(AMERICAN_EXPRESS);
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return Optional.of(MASTERCARD);
        }
        if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) {
            return Optional.of(DISCOVER);
        }
        return Optional.empty();
    }

    private static int prefix(char[] digits, int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = value * 10 + (digits[i] - '0');
        }
        return value;
    }
}
