package org.ledgerline.ivr.payment.card;

/**
 * Why keyed card data was refused. The name is safe to log; the keyed value never is. Each problem
 * knows which field it concerns (so a flow re-prompts for that field) and the prompt key that tells
 * the caller, in plain words, what to do.
 */
public enum CardDataProblem {
    CARD_NUMBER_NOT_DIGITS(Field.CARD_NUMBER, "payment-card-number-invalid"), CARD_NUMBER_TOO_SHORT(Field.CARD_NUMBER,
            "payment-card-number-invalid"), CARD_NUMBER_TOO_LONG(Field.CARD_NUMBER, "payment-card-number-invalid"),
    /** The Luhn check digit does not match: almost always a mistyped key. */
    CARD_NUMBER_CHECK_DIGIT_WRONG(Field.CARD_NUMBER, "payment-card-number-invalid"),
    /** Not Visa, Mastercard, American Express or Discover. */
    CARD_BRAND_NOT_ACCEPTED(Field.CARD_NUMBER, "payment-card-brand-not-accepted"),
    /** The prefix names a brand whose cards never have this many digits. */
    CARD_NUMBER_LENGTH_WRONG_FOR_BRAND(Field.CARD_NUMBER, "payment-card-number-invalid"),
    /** Not exactly four digits MMYY. */
    EXPIRY_NOT_FOUR_DIGITS(Field.EXPIRY, "payment-card-expiry-invalid"), EXPIRY_MONTH_OUT_OF_RANGE(Field.EXPIRY,
            "payment-card-expiry-invalid"), EXPIRY_IN_PAST(Field.EXPIRY, "payment-card-expired"),
    /** More than {@link CardExpiry#MAX_YEARS_AHEAD} years ahead: no issuer does that, so it is a typo. */
    EXPIRY_TOO_FAR_AHEAD(Field.EXPIRY, "payment-card-expiry-invalid"), SECURITY_CODE_NOT_DIGITS(Field.SECURITY_CODE,
            "payment-security-code-invalid"),
    /** Three digits expected (four for American Express). */
    SECURITY_CODE_WRONG_LENGTH(Field.SECURITY_CODE, "payment-security-code-invalid");

    /** The piece of card data a problem concerns: the one to ask for again. */
    public enum Field {
        CARD_NUMBER, EXPIRY, SECURITY_CODE
    }

    private final Field field;
    private final String callerMessageKey;

    CardDataProblem(Field field, String callerMessageKey) {
        this.field = field;
        this.callerMessageKey = callerMessageKey;
    }

    public Field field() {
        return field;
    }

    /** Prompt key that tells the caller what was wrong before the field is asked for again. */
    public String callerMessageKey() {
        return callerMessageKey;
    }
}
