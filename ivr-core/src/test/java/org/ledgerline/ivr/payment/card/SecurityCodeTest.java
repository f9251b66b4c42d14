package org.ledgerline.ivr.payment.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SecurityCodeTest {

    @ParameterizedTest
    @EnumSource(value = CardBrand.class, names = {"VISA", "MASTERCARD", "DISCOVER"})
    void takesThreeDigitsForBrandsOtherThanAmex(CardBrand brand) throws Exception {
        assertThat(SecurityCode.parse("123", brand).length()).isEqualTo(3);
        assertRefused("1234", brand, CardDataProblem.SECURITY_CODE_WRONG_LENGTH);
    }

    @Test
    void takesFourDigitsForAmericanExpress() throws Exception {
        assertThat(SecurityCode.parse("1234", CardBrand.AMERICAN_EXPRESS).length()).isEqualTo(4);
        assertRefused("123", CardBrand.AMERICAN_EXPRESS, CardDataProblem.SECURITY_CODE_WRONG_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({"12, VISA", "'', VISA", "12345, AMERICAN_EXPRESS"})
    void refusesTooFewOrTooManyDigits(String keyed, CardBrand brand) {
        assertRefused(keyed, brand, CardDataProblem.SECURITY_CODE_WRONG_LENGTH);
    }

    @Test
    void refusesAnythingButDigits() {
        assertRefused("12*", CardBrand.VISA, CardDataProblem.SECURITY_CODE_NOT_DIGITS);
    }

    @Test
    void showsNothingOfTheCodeInToString() throws Exception {
        assertThat(SecurityCode.parse("737", CardBrand.VISA)).hasToString("SecurityCode[***]");
    }

    @Test
    void wipeZeroesTheDigits() throws Exception {
        SecurityCode code = SecurityCode.parse("737", CardBrand.VISA);
        assertThat(code.matches("737")).isTrue();

        code.wipe();

        assertThat(code.isWiped()).isTrue();
        assertThatThrownBy(code::copyDigits).isInstanceOf(IllegalStateException.class);
    }

    private static void assertRefused(String keyed, CardBrand brand, CardDataProblem expected) {
        assertThatThrownBy(() -> SecurityCode.parse(keyed, brand))
                .isInstanceOfSatisfying(InvalidCardDataException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(expected);
                    assertThat(refused.problem().field()).isEqualTo(CardDataProblem.Field.SECURITY_CODE);
                });
    }
}
