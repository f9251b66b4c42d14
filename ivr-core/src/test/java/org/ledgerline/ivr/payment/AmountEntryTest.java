package org.ledgerline.ivr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountEntryTest {
    private final AmountEntry dollars = new AmountEntry(Currency.getInstance("USD"));

    @ParameterizedTest
    @CsvSource({
            "12550, 12550.00",
            "125*50, 125.50",
            "125*5, 125.50",
            "125*, 125.00",
            "*75, 0.75",
            "0*01, 0.01",
            "007, 7.00",
            "999999999*99, 999999999.99"
    })
    void readsWholeDigitsAsUnitsAndTheStarAsTheDecimalPoint(String keys, String expected) throws Exception {
        PaymentAmount amount = dollars.parse(keys);

        assertThat(amount.value()).isEqualTo(new BigDecimal(expected));
        assertThat(amount.currency().getCurrencyCode()).isEqualTo("USD");
    }

    @ParameterizedTest
    @CsvSource({
            "'', EMPTY",
            "*, EMPTY",
            "12*3*4, MORE_THAN_ONE_STAR",
            "**, MORE_THAN_ONE_STAR",
            "12#, NOT_DIGITS",
            "1.50, NOT_DIGITS",
            "12*505, TOO_MANY_DECIMALS",
            "1000000000, TOO_LARGE",
            "0, ZERO",
            "0*00, ZERO",
            "*0, ZERO"
    })
    void refusesBadKeysWithAReason(String keys, AmountEntryProblem problem) {
        assertRefused(dollars, keys, null, problem);
    }

    @Test
    void refusesMoreThanTheMaximumButAcceptsExactlyIt() throws Exception {
        BigDecimal owed = new BigDecimal("225.00");

        assertThat(dollars.parse("225", owed).value()).isEqualByComparingTo("225.00");
        assertRefused(dollars, "225*01", owed, AmountEntryProblem.ABOVE_MAXIMUM);
    }

    @Test
    void acceptsNoCentsForACurrencyWithoutMinorUnits() throws Exception {
        AmountEntry yen = new AmountEntry(Currency.getInstance("JPY"));

        assertThat(yen.parse("1500").value()).isEqualTo(new BigDecimal("1500"));
        assertThat(yen.parse("1500*").value()).isEqualTo(new BigDecimal("1500"));
        assertRefused(yen, "1500*5", null, AmountEntryProblem.TOO_MANY_DECIMALS);
    }

    @Test
    void everyProblemTellsTheCallerSomething() {
        for (AmountEntryProblem problem : AmountEntryProblem.values()) {
            assertThat(problem.callerMessageKey()).startsWith("payment-amount-");
        }
    }

    private static void assertRefused(AmountEntry entry, String keys, @Nullable BigDecimal maximum,
            AmountEntryProblem expected) {
        assertThatThrownBy(() -> entry.parse(keys, maximum))
                .isInstanceOfSatisfying(InvalidAmountEntryException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(expected));
    }
}
