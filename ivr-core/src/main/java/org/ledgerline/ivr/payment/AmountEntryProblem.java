package org.ledgerline.ivr.payment;

/** Why a keyed amount was refused, with the prompt key that tells the caller before asking again. */
public enum AmountEntryProblem {
    /** No digits were keyed. */
    EMPTY("payment-amount-invalid"),
    /** A key other than 0-9 and {@code *}. */
    NOT_DIGITS("payment-amount-invalid"),
    /** {@code *} keyed more than once. */
    MORE_THAN_ONE_STAR("payment-amount-invalid"),
    /** More cents digits than the currency has (two for most; none for, say, JPY). */
    TOO_MANY_DECIMALS("payment-amount-invalid"),
    /** More whole digits than any real payment has. */
    TOO_LARGE("payment-amount-too-large"),
    /** The amount is zero. */
    ZERO("payment-amount-invalid"),
    /** More than the caller owes on what they chose to pay. */
    ABOVE_MAXIMUM("payment-amount-too-large");

    private final String callerMessageKey;

    AmountEntryProblem(String callerMessageKey) {
        this.callerMessageKey = callerMessageKey;
    }

    public String callerMessageKey() {
        return callerMessageKey;
    }
}
