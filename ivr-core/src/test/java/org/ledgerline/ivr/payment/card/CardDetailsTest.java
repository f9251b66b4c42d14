package org.ledgerline.ivr.payment.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CardDetailsTest {
    private static final YearMonth NOVEMBER_2026 = YearMonth.of(2026, 11);

    @Test
    void closingWipesNumberExpiryAndSecurityCode() throws Exception {
        CardNumber number = CardNumber.parse("4111111111111111");
        CardExpiry expiry = CardExpiry.parse("1228", NOVEMBER_2026);
        SecurityCode code = SecurityCode.parse("123", number.brand());

        try (CardDetails details = CardDetails.of(number, expiry, code)) {
            assertThat(details.number().matches("4111111111111111")).isTrue();
        }

        assertThat(number.isWiped()).isTrue();
        assertThat(expiry.isWiped()).isTrue();
        assertThat(code.isWiped()).isTrue();
    }

    @Test
    void keepsBrandAndLastFourReadableButRefusesTheCardDataAfterClose() throws Exception {
        CardDetails details = CardDetails.of(
                CardNumber.parse("5555555555554444"),
                CardExpiry.parse("1228", NOVEMBER_2026),
                SecurityCode.parse("123", CardBrand.MASTERCARD));

        details.close();
        details.close();

        assertThat(details.isClosed()).isTrue();
        assertThat(details.brand()).isEqualTo(CardBrand.MASTERCARD);
        assertThat(details.last4()).isEqualTo("4444");
        assertThatThrownBy(details::number).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(details::expiry).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(details::securityCode).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesASecurityCodeOfTheWrongLengthForTheBrandAndWipesEverything() throws Exception {
        CardNumber amex = CardNumber.parse("378282246310005");
        CardExpiry expiry = CardExpiry.parse("1228", NOVEMBER_2026);
        SecurityCode threeDigits = SecurityCode.parse("123", CardBrand.VISA);

        assertThatThrownBy(() -> CardDetails.of(amex, expiry, threeDigits))
                .isInstanceOfSatisfying(InvalidCardDataException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(CardDataProblem.SECURITY_CODE_WRONG_LENGTH));
        assertThat(amex.isWiped()).isTrue();
        assertThat(expiry.isWiped()).isTrue();
        assertThat(threeDigits.isWiped()).isTrue();
    }

    @Test
    void describesItselfByBrandAndLastFourOnly() throws Exception {
        try (CardDetails details = CardDetails.of(
                CardNumber.parse("4111111111111111"),
                CardExpiry.parse("0429", NOVEMBER_2026),
                SecurityCode.parse("737", CardBrand.VISA))) {
            assertThat(details.toString())
                    .isEqualTo("CardDetails[VISA ending 1111]")
                    .doesNotContain("411111")
                    .doesNotContain("0429")
                    .doesNotContain("737");
        }
    }
}
