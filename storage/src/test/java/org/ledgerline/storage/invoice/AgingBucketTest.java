package org.ledgerline.storage.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgingBucketTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void placesDaysPastDueOnTheBucketEdges() {
        assertThat(AgingBucket.of(0)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(1)).isEqualTo(AgingBucket.DAYS_1_TO_30);
        assertThat(AgingBucket.of(30)).isEqualTo(AgingBucket.DAYS_1_TO_30);
        assertThat(AgingBucket.of(31)).isEqualTo(AgingBucket.DAYS_31_TO_60);
        assertThat(AgingBucket.of(60)).isEqualTo(AgingBucket.DAYS_31_TO_60);
        assertThat(AgingBucket.of(61)).isEqualTo(AgingBucket.DAYS_61_TO_90);
        assertThat(AgingBucket.of(90)).isEqualTo(AgingBucket.DAYS_61_TO_90);
        assertThat(AgingBucket.of(91)).isEqualTo(AgingBucket.OVER_90);
        assertThat(AgingBucket.of(10_000)).isEqualTo(AgingBucket.OVER_90);
    }

    @Test
    void anInvoiceNotYetDueIsCurrent() {
        assertThat(AgingBucket.of(invoiceDue(TODAY.plusDays(12)), TODAY)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(invoiceDue(TODAY.minusDays(45)), TODAY)).isEqualTo(AgingBucket.DAYS_31_TO_60);
    }

    @Test
    void negativeDaysAreRejected() {
        assertThatThrownBy(() -> AgingBucket.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Invoice invoiceDue(LocalDate due) {
        BigDecimal amount = new BigDecimal("10.00");
        return new Invoice(1, 1, "1", "USD", amount, amount, due.minusDays(30), due, InvoiceStatus.OPEN);
    }
}
