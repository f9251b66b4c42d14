package org.ledgerline.ivr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationPolicyTest {
    private final AllocationPolicy policy = new AllocationPolicy();

    private static final OpenItem MARCH = new OpenItem(30, LocalDate.of(2026, 3, 1), new BigDecimal("100.00"));
    private static final OpenItem JANUARY = new OpenItem(10, LocalDate.of(2026, 1, 15), new BigDecimal("50.00"));
    private static final OpenItem FEBRUARY = new OpenItem(20, LocalDate.of(2026, 2, 15), new BigDecimal("75.00"));
    private static final List<OpenItem> OPEN = List.of(MARCH, JANUARY, FEBRUARY);

    @Test
    void paysTheOldestDueInvoiceFirstWhateverOrderTheyCameIn() {
        Allocation allocation = policy.allocate(usd("100.00"), OPEN);

        assertThat(allocation.lines()).containsExactly(
                new Allocation.Line(10, new BigDecimal("50.00")),
                new Allocation.Line(20, new BigDecimal("50.00")));
        assertThat(allocation.hasLeftover()).isFalse();
        assertThat(allocation.allocated()).isEqualByComparingTo("100.00");
    }

    @Test
    void neverAppliesMoreThanAnInvoicesOpenBalanceAndReportsTheOverpayment() {
        Allocation allocation = policy.allocate(usd("300.00"), OPEN);

        assertThat(allocation.amountFor(10)).isEqualByComparingTo("50.00");
        assertThat(allocation.amountFor(20)).isEqualByComparingTo("75.00");
        assertThat(allocation.amountFor(30)).isEqualByComparingTo("100.00");
        assertThat(allocation.leftover()).isEqualByComparingTo("75.00");
        assertThat(allocation.hasLeftover()).isTrue();
    }

    @Test
    void aChosenInvoiceTakesThePaymentEvenWhenOlderOnesAreOpen() {
        Allocation allocation = policy.allocateToChosen(usd("60.00"), 30, OPEN);

        assertThat(allocation.lines()).containsExactly(new Allocation.Line(30, new BigDecimal("60.00")));
        assertThat(allocation.amountFor(10)).isEqualByComparingTo("0");
    }

    @Test
    void moneyBeyondAChosenInvoicesBalanceIsLeftOverNotSpreadToOtherInvoices() {
        Allocation allocation = policy.allocateToChosen(usd("120.00"), 20, OPEN);

        assertThat(allocation.lines()).containsExactly(new Allocation.Line(20, new BigDecimal("75.00")));
        assertThat(allocation.leftover()).isEqualByComparingTo("45.00");
    }

    @Test
    void refusesAChosenInvoiceThatIsNotOpen() {
        assertThatThrownBy(() -> policy.allocateToChosen(usd("10.00"), 99, OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
    }

    @Test
    void equalDueDatesArePaidInInvoiceIdOrder() {
        LocalDate sameDay = LocalDate.of(2026, 4, 1);
        List<OpenItem> items = List.of(
                new OpenItem(8, sameDay, new BigDecimal("10.00")), new OpenItem(5, sameDay, new BigDecimal("10.00")));

        Allocation allocation = policy.allocate(usd("15.00"), items);

        assertThat(allocation.lines()).containsExactly(
                new Allocation.Line(5, new BigDecimal("10.00")), new Allocation.Line(8, new BigDecimal("5.00")));
    }

    @Test
    void skipsInvoicesWithNothingOpenOrACredit() {
        List<OpenItem> items = List.of(
                new OpenItem(1, LocalDate.of(2026, 1, 1), new BigDecimal("0.00")),
                new OpenItem(2, LocalDate.of(2026, 1, 2), new BigDecimal("-5.00")),
                new OpenItem(3, LocalDate.of(2026, 1, 3), new BigDecimal("40.00")));

        Allocation allocation = policy.allocate(usd("40.00"), items);

        assertThat(allocation.lines()).containsExactly(new Allocation.Line(3, new BigDecimal("40.00")));
        assertThat(policy.maximumPayable(items)).isEqualByComparingTo("40.00");
    }

    @Test
    void withNoOpenInvoicesTheWholePaymentIsLeftOver() {
        Allocation allocation = policy.allocate(usd("12.34"), List.of());

        assertThat(allocation.lines()).isEmpty();
        assertThat(allocation.leftover()).isEqualByComparingTo("12.34");
    }

    @Test
    void theMaximumPayableIsTheSumOfOpenBalances() {
        assertThat(policy.maximumPayable(OPEN)).isEqualByComparingTo("225.00");
    }

    private static PaymentAmount usd(String amount) {
        return PaymentAmount.of(new BigDecimal(amount), "USD");
    }
}
