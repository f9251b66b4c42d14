package org.ledgerline.ivr.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SayTest {
    private static final PromptCatalog CATALOG = PromptCatalog.fromClasspath();
    private final Say say = new Say(CATALOG);

    /** What a caller would hear, as the catalog's English words. */
    private static String words(Utterance utterance) {
        return String.join(" ", utterance.keys().stream().map(k -> CATALOG.text("en", k)).toList());
    }

    private String amount(String value, String currency) {
        return words(say.amount(new BigDecimal(value), currency));
    }

    @Test
    void speaksDollarsAndCents() {
        assertThat(amount("1234.50", "USD")).isEqualTo("one thousand two hundred thirty four dollars and fifty cents");
    }

    @Test
    void usesSingularForOneDollarAndOneCent() {
        assertThat(amount("1.01", "USD")).isEqualTo("one dollar and one cent");
    }

    @Test
    void speaksWholeAmountsWithoutCents() {
        assertThat(amount("250.00", "USD")).isEqualTo("two hundred fifty dollars");
    }

    @Test
    void speaksCentsAloneWhenThereAreNoDollars() {
        assertThat(amount("0.75", "USD")).isEqualTo("seventy five cents");
    }

    @Test
    void speaksZeroAsZeroDollars() {
        assertThat(amount("0", "USD")).isEqualTo("zero dollars");
        assertThat(amount("-0.00", "USD")).isEqualTo("zero dollars");
    }

    @Test
    void speaksNegativeAmountsWithMinus() {
        assertThat(amount("-42.10", "USD")).isEqualTo("minus forty two dollars and ten cents");
    }

    @Test
    void speaksLargeAmounts() {
        assertThat(amount("987654321.99", "USD"))
                .isEqualTo("nine hundred eighty seven million six hundred fifty four thousand three hundred twenty one"
                        + " dollars and ninety nine cents");
        assertThat(amount("2000000", "USD")).isEqualTo("two million dollars");
    }

    @Test
    void namesEurosPoundsAndYen() {
        assertThat(amount("3.50", "EUR")).isEqualTo("three euros and fifty cents");
        assertThat(amount("1.02", "GBP")).isEqualTo("one pound and two pence");
        assertThat(amount("0.01", "gbp")).isEqualTo("one penny");
        assertThat(amount("1500", "JPY")).isEqualTo("one thousand five hundred yen");
    }

    @Test
    void roundsToTheCurrencysMinorUnit() {
        assertThat(amount("10.005", "USD")).isEqualTo("ten dollars");
        assertThat(amount("10.015", "USD")).isEqualTo("ten dollars and two cents");
    }

    @Test
    void spellsTheCodeOfACurrencyWithoutSpokenNames() {
        assertThat(amount("12.05", "SEK")).isEqualTo("twelve point zero five S E K");
    }

    @Test
    void speaksNumbersInUsStyle() {
        assertThat(words(say.number(0))).isEqualTo("zero");
        assertThat(words(say.number(13))).isEqualTo("thirteen");
        assertThat(words(say.number(40))).isEqualTo("forty");
        assertThat(words(say.number(101))).isEqualTo("one hundred one");
        assertThat(words(say.number(1_000_010))).isEqualTo("one million ten");
        assertThat(words(say.number(-7))).isEqualTo("minus seven");
        assertThat(words(say.number(999_999_999_999L)))
                .isEqualTo("nine hundred ninety nine billion nine hundred ninety nine million"
                        + " nine hundred ninety nine thousand nine hundred ninety nine");
    }

    @Test
    void refusesNumbersBeyondBillions() {
        assertThatThrownBy(() -> say.number(1_000_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> say.number(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spellsInvoiceNumbersDigitByDigit() {
        assertThat(say.digits("10045").keys()).containsExactly("num-1", "num-0", "num-0", "num-4", "num-5");
        assertThat(words(say.digits("INV-07"))).isEqualTo("I N V dash zero seven");
        assertThat(words(say.digits("12 34/5"))).isEqualTo("one two three four five");
    }

    @Test
    void refusesToSpellNothing() {
        assertThatThrownBy(() -> say.digits(" /")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void speaksOrdinals() {
        assertThat(words(say.ordinal(1))).isEqualTo("first");
        assertThat(words(say.ordinal(22))).isEqualTo("twenty second");
        assertThat(words(say.ordinal(31))).isEqualTo("thirty first");
        assertThat(words(say.ordinal(40))).isEqualTo("fortieth");
        assertThat(words(say.ordinal(45))).isEqualTo("forty fifth");
        assertThat(words(say.ordinal(100))).isEqualTo("one hundredth");
        assertThat(words(say.ordinal(112))).isEqualTo("one hundred twelfth");
        assertThat(words(say.ordinal(2000))).isEqualTo("two thousandth");
        assertThatThrownBy(() -> say.ordinal(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void speaksDatesWithMonthOrdinalDayAndYear() {
        assertThat(words(say.date(LocalDate.of(2026, 3, 15)))).isEqualTo("March fifteenth twenty twenty six");
        assertThat(words(say.date(LocalDate.of(2031, 12, 31)))).isEqualTo("December thirty first twenty thirty one");
    }

    @Test
    void speaksYearsTheWayPeopleSayThem() {
        assertThat(words(say.date(LocalDate.of(2005, 1, 2)))).isEqualTo("January second two thousand five");
        assertThat(words(say.date(LocalDate.of(2010, 7, 4)))).isEqualTo("July fourth twenty ten");
        assertThat(words(say.date(LocalDate.of(1999, 11, 30)))).isEqualTo("November thirtieth nineteen ninety nine");
        assertThat(words(say.date(LocalDate.of(1900, 5, 1)))).isEqualTo("May first nineteen hundred");
        assertThat(words(say.date(LocalDate.of(1905, 5, 1)))).isEqualTo("May first nineteen oh five");
    }

    @Test
    void speaksDayCounts() {
        assertThat(words(say.days(31))).isEqualTo("thirty one days");
        assertThat(words(say.days(1))).isEqualTo("one day");
        assertThat(words(say.days(0))).isEqualTo("zero days");
    }

    @Test
    void usesOnlyKeysOfTheCatalog() {
        List<Utterance> samples = List.of(say.number(123_456_789), say.ordinal(999),
                say.amount(new BigDecimal("-1.5"), "CHF"));
        samples.forEach(u -> assertThat(u.keys()).allMatch(CATALOG::contains));
    }
}
