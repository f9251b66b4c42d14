package org.ledgerline.ivr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentAmountTest {

    @Test
    void normalisesToTheCurrencysDecimalPlaces() {
        assertThat(PaymentAmount.of(new BigDecimal("12.5"), "USD").value()).isEqualTo(new BigDecimal("12.50"));
        assertThat(PaymentAmount.of(new BigDecimal("12.500"), "USD")).hasToString("12.50 USD");
    }

    @Test
    void refusesZeroNegativeAndFractionsOfACent() {
        assertThatThrownBy(() -> PaymentAmount.of(BigDecimal.ZERO, "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentAmount.of(new BigDecimal("-1"), "USD"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentAmount.of(new BigDecimal("1.005"), "USD"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anApprovalDescribesItselfWithoutTheExpiry() {
        GatewayResult.Approved approved = new GatewayResult.Approved(
                "sbx_tok_000001", org.ledgerline.ivr.payment.card.CardBrand.VISA, "1111", 4, 2029, "SBX001");

        assertThat(approved.toString()).contains("VISA ending 1111").doesNotContain("2029");
    }

    @Test
    void aChargeRequestDescribesTheCardByBrandAndLastFourOnly() {
        ChargeRequest request = TestCardDetails.request("call-1", "10", SandboxTestCard.VISA_APPROVED);

        assertThat(request.toString()).contains("VISA ending 1111").doesNotContain("4111111111111111");
    }
}
