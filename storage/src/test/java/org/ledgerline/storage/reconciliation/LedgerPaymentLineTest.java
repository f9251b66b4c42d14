package org.ledgerline.storage.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LedgerPaymentLineTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final LedgerPaymentLine PAID_200_ON_TUESDAY = new LedgerPaymentLine(1, "CONF1",
            new BigDecimal("200.00"), "USD", TUESDAY, "CAPTURED");

    @Test
    void keepsAPromiseOfTheSameAmountForThatDayOrLater() {
        assertThat(PAID_200_ON_TUESDAY.keeps(said("200", TUESDAY))).isTrue();
        assertThat(PAID_200_ON_TUESDAY.keeps(said("200.0", TUESDAY.plusDays(3)))).as("paid early").isTrue();
        assertThat(PAID_200_ON_TUESDAY.keeps(said(null, TUESDAY.plusDays(3)))).as("no amount said").isTrue();
        assertThat(PAID_200_ON_TUESDAY.keeps(said("200", null))).as("no date said").isTrue();
    }

    @Test
    void doesNotKeepAnotherAmountOrAPromiseForAnEarlierDay() {
        assertThat(PAID_200_ON_TUESDAY.keeps(said("250", TUESDAY))).isFalse();
        assertThat(PAID_200_ON_TUESDAY.keeps(said("200", TUESDAY.minusDays(1)))).as("promised for Monday").isFalse();
    }

    private static SpokenPromiseLine said(@Nullable String amount, @Nullable LocalDate date) {
        return new SpokenPromiseLine(7, "CUSTOMER", 1_000, "i can pay", amount == null ? null : new BigDecimal(amount),
                date);
    }
}
