package org.ledgerline.ivr.collector.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.payment.PaymentAmount;
import org.ledgerline.ivr.promise.PromiseDateEntry;
import org.ledgerline.ivr.promise.PromiseSettings;

/** The desk's promise form takes amounts and dates by the self-serve promise's rules. */
class DeskFormRulesTest {
    private static final BigDecimal OPEN = new BigDecimal("1500.00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final PromiseDateEntry DATES = new PromiseDateEntry(PromiseSettings.defaults());

    @Test
    void anAmountUpToTheOpenBalanceIsTakenWithTheCurrencysDecimals() {
        assertThat(DeskForms.amount("250", "USD", OPEN)).isEqualTo(PaymentAmount.of(new BigDecimal("250.00"), "USD"));
        assertThat(DeskForms.amount(" 1,250.5 ", "USD", OPEN).value()).isEqualByComparingTo("1250.50");
        assertThat(DeskForms.amount("1500.00", "USD", OPEN).value()).isEqualByComparingTo("1500.00");
    }

    @Test
    void anAmountAboveTheBalanceIsRefusedNamingTheBalance() {
        assertThatThrownBy(() -> DeskForms.amount("1500.01", "USD", OPEN))
                .isInstanceOfSatisfying(DeskRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.form()).isEqualTo("promise");
                    assertThat(refused.getMessage()).contains("more than the open, undisputed balance (USD 1,500.00)");
                });
    }

    @Test
    void zeroTooManyDecimalsAndNonNumbersAreRefusedInWords() {
        assertThatThrownBy(() -> DeskForms.amount("0.00", "USD", OPEN)).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> DeskForms.amount("12.345", "USD", OPEN))
                .hasMessageContaining("more decimals than USD");
        assertThatThrownBy(() -> DeskForms.amount("<b>12</b>", "USD", OPEN)).hasMessageContaining("as a number");
        assertThatThrownBy(() -> DeskForms.amount("-5", "USD", OPEN)).hasMessageContaining("as a number");
    }

    @Test
    void theDateMustFallInsideThePromiseWindowOfTheCustomersToday() {
        assertThat(DeskForms.promisedFor(DATES, "2026-11-25", TODAY)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(DeskForms.promisedFor(DATES, "2026-12-24", TODAY)).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThatThrownBy(() -> DeskForms.promisedFor(DATES, "2026-11-24", TODAY))
                .hasMessageContaining("from 2026-11-25 to 2026-12-24").hasMessageContaining("outside that window");
        assertThatThrownBy(() -> DeskForms.promisedFor(DATES, "2026-11-01", TODAY)).hasMessageContaining("in the past");
        assertThatThrownBy(() -> DeskForms.promisedFor(DATES, "2026-12-25", TODAY))
                .hasMessageContaining("outside that window");
        assertThatThrownBy(() -> DeskForms.promisedFor(DATES, "next friday", TODAY))
                .hasMessageContaining("Choose the date");
    }
}
