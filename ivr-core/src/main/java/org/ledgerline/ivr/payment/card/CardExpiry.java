package org.ledgerline.ivr.payment.card;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A card's expiry as keyed, MMYY: month 1-12, not before the current month (a card is good through
 * the last day of its expiry month) and at most {@link #MAX_YEARS_AHEAD} years ahead. Month and
 * year may be kept after the payment (the gateway returns them), but they are card data while keyed,
 * so {@link #toString()} is masked and {@link #wipe()} forgets them.
 *
 * <p>"Now" is injected, as a {@link Clock} or a {@link YearMonth}, so the rule is testable at any date.
 * The gateway has the final word near a month boundary; this check only spares the caller a
 * pointless attempt with a plainly expired card.
 */
public final class CardExpiry {
    /** Issuers print expiries a few years out; anything this far ahead is a typo. */
    public static final int MAX_YEARS_AHEAD = 20;

    private int month;
    private int year;
    private boolean wiped;

    private CardExpiry(int month, int year) {
        this.month = month;
        this.year = year;
    }

    /** Parses MMYY against the month {@code clock} says it is (in the clock's zone). */
    public static CardExpiry parse(CharSequence mmyy, Clock clock) throws InvalidCardDataException {
        return parse(mmyy, YearMonth.now(clock));
    }

    /**
     * Parses MMYY against {@code currentMonth}. The two-digit year is read in the current century,
     * or the next one when that is the only reading within {@link #MAX_YEARS_AHEAD} years.
     *
     * @throws InvalidCardDataException naming the problem (never the digits)
     */
    public static CardExpiry parse(CharSequence mmyy, YearMonth currentMonth) throws InvalidCardDataException {
        Objects.requireNonNull(mmyy, "keyed expiry");
        Objects.requireNonNull(currentMonth, "current month");
        if (mmyy.length() != 4 || !allDigits(mmyy)) {
            throw new InvalidCardDataException(CardDataProblem.EXPIRY_NOT_FOUR_DIGITS);
        }
        int month = twoDigits(mmyy, 0);
        int yy = twoDigits(mmyy, 2);
        if (month < 1 || month > 12) {
            throw new InvalidCardDataException(CardDataProblem.EXPIRY_MONTH_OUT_OF_RANGE);
        }
        int thisYear = currentMonth.getYear();
        int year = thisYear - Math.floorMod(thisYear, 100) + yy;
        if (year < thisYear && year + 100 - thisYear <= MAX_YEARS_AHEAD) {
            year += 100;
        }
        YearMonth expiry = YearMonth.of(year, month);
        if (expiry.isBefore(currentMonth)) {
            throw new InvalidCardDataException(CardDataProblem.EXPIRY_IN_PAST);
        }
        if (expiry.isAfter(currentMonth.plusYears(MAX_YEARS_AHEAD))) {
            throw new InvalidCardDataException(CardDataProblem.EXPIRY_TOO_FAR_AHEAD);
        }
        return new CardExpiry(month, year);
    }

    private static boolean allDigits(CharSequence keyed) {
        for (int i = 0; i < keyed.length(); i++) {
            char c = keyed.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(CharSequence keyed, int from) {
        return (keyed.charAt(from) - '0') * 10 + (keyed.charAt(from + 1) - '0');
    }

    /** Expiry month, 1-12. */
    public int month() {
        requireNotWiped();
        return month;
    }

    /** Expiry year, four digits. */
    public int year() {
        requireNotWiped();
        return year;
    }

    /** Forgets month and year. Idempotent. */
    public void wipe() {
        month = 0;
        year = 0;
        wiped = true;
    }

    public boolean isWiped() {
        return wiped;
    }

    private void requireNotWiped() {
        if (wiped) {
            throw new IllegalStateException("the card expiry was wiped after its payment attempt");
        }
    }

    @Override
    public String toString() {
        return "CardExpiry[**/**]";
    }
}
