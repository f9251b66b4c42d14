package org.ledgerline.ivr.payment.card;

import java.util.Objects;

/**
 * Everything keyed for one payment attempt: number, expiry and security code. Use it in a
 * try-with-resources around the gateway call; {@link #close()} wipes all three, so card data does
 * not outlive the attempt. Brand and last four digits stay readable after close, for the read-back
 * and the receipt.
 */
public final class CardDetails implements AutoCloseable {
    private final CardNumber number;
    private final CardExpiry expiry;
    private final SecurityCode securityCode;
    private boolean closed;

    private CardDetails(CardNumber number, CardExpiry expiry, SecurityCode securityCode) {
        this.number = number;
        this.expiry = expiry;
        this.securityCode = securityCode;
    }

    /**
     * Holds the three parts together once they agree: the security code must have the length the
     * card's brand uses. On refusal all three are wiped, since the attempt cannot go on with them.
     *
     * @throws InvalidCardDataException {@code SECURITY_CODE_WRONG_LENGTH} when code and brand disagree
     */
    public static CardDetails of(CardNumber number, CardExpiry expiry, SecurityCode securityCode)
            throws InvalidCardDataException {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(securityCode, "securityCode");
        CardDetails details = new CardDetails(number, expiry, securityCode);
        if (securityCode.length() != number.brand().securityCodeLength()) {
            details.close();
            throw new InvalidCardDataException(CardDataProblem.SECURITY_CODE_WRONG_LENGTH);
        }
        return details;
    }

    /**
     * The card number; still owned by this object, which wipes it on {@link #close()}.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public CardNumber number() {
        requireOpen();
        return number;
    }

    /**
     * The expiry date; still owned by this object, which wipes it on {@link #close()}.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public CardExpiry expiry() {
        requireOpen();
        return expiry;
    }

    /**
     * The security code; still owned by this object, which wipes it on {@link #close()}.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public SecurityCode securityCode() {
        requireOpen();
        return securityCode;
    }

    public CardBrand brand() {
        return number.brand();
    }

    public String last4() {
        return number.last4();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Wipes number, expiry and security code. Idempotent; never throws. */
    @Override
    public void close() {
        number.wipe();
        expiry.wipe();
        securityCode.wipe();
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("card details were closed after their payment attempt");
        }
    }

    @Override
    public String toString() {
        return "CardDetails[" + number.brand() + " ending " + number.last4() + (closed ? ", wiped]" : "]");
    }
}
