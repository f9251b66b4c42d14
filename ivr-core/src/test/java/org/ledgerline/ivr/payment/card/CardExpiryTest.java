package org.ledgerline.ivr.payment.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardExpiryTest {
    private static final YearMonth NOVEMBER_2026 = YearMonth.of(2026, 11);

    @Test
    void acceptsACardExpiringThisMonth() throws Exception {
        CardExpiry expiry = CardExpiry.parse("1126", NOVEMBER_2026);

        assertThat(expiry.month()).isEqualTo(11);
        assertThat(expiry.year()).isEqualTo(2026);
    }

    @Test
    void acceptsAFutureExpiryAndReadsTheYearInThisCentury() throws Exception {
        CardExpiry expiry = CardExpiry.parse("0330", NOVEMBER_2026);

        assertThat(expiry.month()).isEqualTo(3);
        assertThat(expiry.year()).isEqualTo(2030);
    }

    @Test
    void refusesLastMonth() {
        assertRefused("1026", NOVEMBER_2026, CardDataProblem.EXPIRY_IN_PAST);
    }

    @Test
    void refusesAnEarlierYear() {
        assertRefused("1225", NOVEMBER_2026, CardDataProblem.EXPIRY_IN_PAST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0027", "1327", "9927"})
    void refusesAMonthOutsideOneToTwelve(String keyed) {
        assertRefused(keyed, NOVEMBER_2026, CardDataProblem.EXPIRY_MONTH_OUT_OF_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "127", "12270", "12/7", "1a27", "12#7"})
    void refusesAnythingButFourDigits(String keyed) {
        assertRefused(keyed, NOVEMBER_2026, CardDataProblem.EXPIRY_NOT_FOUR_DIGITS);
    }

    @Test
    void refusesAnExpiryMoreThanTwentyYearsAhead() {
        assertRefused("1299", NOVEMBER_2026, CardDataProblem.EXPIRY_TOO_FAR_AHEAD);
    }

    @Test
    void readsATwoDigitYearIntoTheNextCenturyNearTheCenturysEnd() throws Exception {
        CardExpiry expiry = CardExpiry.parse("0103", YearMonth.of(2095, 6));

        assertThat(expiry.year()).isEqualTo(2103);
    }

    @Test
    void takesTheCurrentMonthFromTheInjectedClock() throws Exception {
        Clock lastDayOfOctober = Clock.fixed(Instant.parse("2026-10-31T12:00:00Z"), ZoneId.of("UTC"));

        assertThat(CardExpiry.parse("1026", lastDayOfOctober).month()).isEqualTo(10);
        assertThatThrownBy(() -> CardExpiry.parse("0926", lastDayOfOctober))
                .isInstanceOfSatisfying(InvalidCardDataException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(CardDataProblem.EXPIRY_IN_PAST));
    }

    @Test
    void masksMonthAndYearInToString() throws Exception {
        CardExpiry expiry = CardExpiry.parse("0428", NOVEMBER_2026);

        assertThat(expiry.toString()).isEqualTo("CardExpiry[**/**]").doesNotContain("04").doesNotContain("28");
    }

    @Test
    void wipeForgetsMonthAndYear() throws Exception {
        CardExpiry expiry = CardExpiry.parse("0428", NOVEMBER_2026);

        expiry.wipe();

        assertThat(expiry.isWiped()).isTrue();
        assertThatThrownBy(expiry::month).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(expiry::year).isInstanceOf(IllegalStateException.class);
    }

    private static void assertRefused(String keyed, YearMonth now, CardDataProblem expected) {
        assertThatThrownBy(() -> CardExpiry.parse(keyed, now))
                .isInstanceOfSatisfying(InvalidCardDataException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(expected);
                    assertThat(refused.problem().field()).isEqualTo(CardDataProblem.Field.EXPIRY);
                });
    }
}
