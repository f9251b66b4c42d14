package org.ledgerline.ivr.payment.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumberTest {

    @ParameterizedTest
    @CsvSource({
            "4111111111111111, VISA",
            "4222222222222, VISA",
            "4000000000000000006, VISA",
            "5555555555554444, MASTERCARD",
            "2223003122003222, MASTERCARD",
            "378282246310005, AMERICAN_EXPRESS",
            "6011111111111117, DISCOVER",
            "6011000000000000001, DISCOVER"
    })
    void acceptsLuhnValidNumbersAndDetectsTheirBrand(String keyed, CardBrand brand) throws Exception {
        CardNumber number = CardNumber.parse(keyed);

        assertThat(number.brand()).isEqualTo(brand);
        assertThat(number.length()).isEqualTo(keyed.length());
        assertThat(number.last4()).isEqualTo(keyed.substring(keyed.length() - 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "5555555555554445", "378282246310006", "4242424242424241"})
    void refusesANumberWhoseCheckDigitIsWrong(String keyed) {
        assertRefused(keyed, CardDataProblem.CARD_NUMBER_CHECK_DIGIT_WRONG);
    }

    @Test
    void refusesTwelveDigitsEvenWhenTheLuhnCheckPasses() {
        assertRefused("400000000002", CardDataProblem.CARD_NUMBER_TOO_SHORT);
    }

    @Test
    void refusesTwentyDigitsEvenWhenTheLuhnCheckPasses() {
        assertRefused("40000000000000000002", CardDataProblem.CARD_NUMBER_TOO_LONG);
    }

    @Test
    void acceptsThirteenAndNineteenDigitsTheBoundsOfTheRange() throws Exception {
        assertThat(CardNumber.parse("4222222222222").length()).isEqualTo(CardNumber.MIN_LENGTH);
        assertThat(CardNumber.parse("4000000000000000006").length()).isEqualTo(CardNumber.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "411111111111111#", "41111111111111a1"})
    void refusesAnythingButDigits(String keyed) {
        assertRefused(keyed, CardDataProblem.CARD_NUMBER_NOT_DIGITS);
    }

    @Test
    void refusesNothingKeyedAsTooShort() {
        assertRefused("", CardDataProblem.CARD_NUMBER_TOO_SHORT);
    }

    @Test
    void refusesAValidNumberOfABrandWeDoNotAccept() {
        // 3530111333300000 is the public JCB test number: Luhn-valid, but not a brand we take.
        assertRefused("3530111333300000", CardDataProblem.CARD_BRAND_NOT_ACCEPTED);
    }

    @Test
    void refusesAMastercardPrefixWithFifteenDigits() {
        // Luhn-valid, prefix 55, but Mastercard issues only 16 digits.
        assertRefused("555555555555558", CardDataProblem.CARD_NUMBER_LENGTH_WRONG_FOR_BRAND);
    }

    @Test
    void masksAllButTheLastFourDigitsInToString() throws Exception {
        CardNumber number = CardNumber.parse("4111111111111111");

        assertThat(number).hasToString("CardNumber[VISA ************1111]");
    }

    @Test
    void wipeZeroesTheDigitsButKeepsBrandAndLastFour() throws Exception {
        CardNumber number = CardNumber.parse("5555555555554444");
        char[] before = number.copyDigits();
        assertThat(new String(before)).isEqualTo("5555555555554444");

        number.wipe();

        assertThat(number.isWiped()).isTrue();
        assertThat(number.brand()).isEqualTo(CardBrand.MASTERCARD);
        assertThat(number.last4()).isEqualTo("4444");
        assertThatThrownBy(number::copyDigits).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> number.matches("5555555555554444")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void copiesOfTheDigitsAreIndependentOfTheNumber() throws Exception {
        CardNumber number = CardNumber.parse("4111111111111111");
        char[] copy = number.copyDigits();

        java.util.Arrays.fill(copy, '\0');

        assertThat(number.matches("4111111111111111")).isTrue();
    }

    @Test
    void matchesOnlyTheExactNumber() throws Exception {
        CardNumber number = CardNumber.parse("4111111111111111");

        assertThat(number.matches("4111111111111111")).isTrue();
        assertThat(number.matches("4111111111111112")).isFalse();
        assertThat(number.matches("411111111111111")).isFalse();
    }

    private static void assertRefused(String keyed, CardDataProblem expected) {
        assertThatThrownBy(() -> CardNumber.parse(keyed))
                .isInstanceOfSatisfying(InvalidCardDataException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(expected);
                    assertThat(refused.problem().field()).isEqualTo(CardDataProblem.Field.CARD_NUMBER);
                });
    }
}
