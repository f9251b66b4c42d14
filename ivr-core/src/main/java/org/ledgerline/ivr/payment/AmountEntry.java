package org.ledgerline.ivr.payment;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount keyed on a phone pad. A phone has no decimal point, so {@code *} stands for it:
 * <ul>
 *   <li>digits alone are whole currency units: {@code 125} is 125.00;
 *   <li>{@code *} separates the cents: {@code 125*50} is 125.50, {@code 125*5} is 125.50 (read as a
 *       decimal, like 125.5), {@code *75} is 0.75 and {@code 125*} is 125.00;
 *   <li>at most as many cents digits as the currency has (none for a currency without minor units);
 *   <li>leading zeros are ignored; at most {@value #MAX_WHOLE_DIGITS} whole digits; zero is refused;
 *   <li>when a maximum is given (what the caller owes on their choice), more than it is refused.
 * </ul>
 * The terminator ({@code #}) never reaches here: the channel strips it. The flow reads the parsed
 * amount back for confirmation before charging.
 */
public final class AmountEntry {
    /** Whole digits accepted: a billion minus one is beyond any invoice a phone line collects. */
    public static final int MAX_WHOLE_DIGITS = 9;

    private final Currency currency;

    public AmountEntry(Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit");
        }
    }

    /** Parses {@code keys} with no upper bound beyond {@link #MAX_WHOLE_DIGITS}. */
    public PaymentAmount parse(CharSequence keys) throws InvalidAmountEntryException {
        return parse(keys, null);
    }

    /**
     * Parses {@code keys}, refusing more than {@code maximum} (null: no maximum).
     *
     * @throws InvalidAmountEntryException naming the first problem found
     */
    public PaymentAmount parse(CharSequence keys, @Nullable BigDecimal maximum) throws InvalidAmountEntryException {
        Objects.requireNonNull(keys, "keys");
        String keyed = keys.toString();
        int star = keyed.indexOf('*');
        if (star >= 0 && keyed.indexOf('*', star + 1) >= 0) {
            throw new InvalidAmountEntryException(AmountEntryProblem.MORE_THAN_ONE_STAR);
        }
        String whole = star < 0 ? keyed : keyed.substring(0, star);
        String cents = star < 0 ? "" : keyed.substring(star + 1);
        if (!allDigits(whole) || !allDigits(cents)) {
            throw new InvalidAmountEntryException(AmountEntryProblem.NOT_DIGITS);
        }
        if (whole.isEmpty() && cents.isEmpty()) {
            throw new InvalidAmountEntryException(AmountEntryProblem.EMPTY);
        }
        if (cents.length() > currency.getDefaultFractionDigits()) {
            throw new InvalidAmountEntryException(AmountEntryProblem.TOO_MANY_DECIMALS);
        }
        String significantWhole = stripLeadingZeros(whole);
        if (significantWhole.length() > MAX_WHOLE_DIGITS) {
            throw new InvalidAmountEntryException(AmountEntryProblem.TOO_LARGE);
        }
        BigDecimal value = new BigDecimal((significantWhole.isEmpty() ? "0" : significantWhole)
                + (cents.isEmpty() ? "" : "." + cents));
        if (value.signum() == 0) {
            throw new InvalidAmountEntryException(AmountEntryProblem.ZERO);
        }
        if (maximum != null && value.compareTo(maximum) > 0) {
            throw new InvalidAmountEntryException(AmountEntryProblem.ABOVE_MAXIMUM);
        }
        return new PaymentAmount(value, currency);
    }

    private static boolean allDigits(String keyed) {
        for (int i = 0; i < keyed.length(); i++) {
            char c = keyed.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }
}
