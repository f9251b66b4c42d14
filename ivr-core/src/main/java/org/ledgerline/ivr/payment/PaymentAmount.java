package org.ledgerline.ivr.payment;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money to pay: positive, in an ISO 4217 currency, with no more decimal places than
 * the currency has minor units. Normalised to exactly that scale, so {@code 12.5 USD} is {@code 12.50}.
 */
public record PaymentAmount(BigDecimal value, Currency currency) {

    public PaymentAmount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        int minorUnits = currency.getDefaultFractionDigits();
        if (minorUnits < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit; it cannot be paid");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("a payment amount must be positive");
        }
        if (value.stripTrailingZeros().scale() > minorUnits) {
            throw new IllegalArgumentException(
                    "a payment in " + currency + " has at most " + minorUnits + " decimal places");
        }
        value = value.setScale(minorUnits);
    }

    /** {@code of(new BigDecimal("125.50"), "USD")}. */
    public static PaymentAmount of(BigDecimal value, String currencyCode) {
        return new PaymentAmount(value, Currency.getInstance(currencyCode));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + currency.getCurrencyCode();
    }
}
