package org.ledgerline.ivr.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EscalationRulesTest {
    private final EscalationRules rules = new EscalationRules(EscalationSettings.defaults());

    @Test
    void aSmallRecentFirstDisputeIsNotEscalated() {
        EscalationDecision decision = rules.decide(new EscalationRules.Facts(new BigDecimal("4999.99"), "USD", 2, 89));

        assertThat(decision.escalate()).isFalse();
        assertThat(decision.transferCaller()).isFalse();
    }

    @Test
    void theAmountRuleEscalatesAndTransfersByDefault() {
        EscalationDecision decision = rules.decide(new EscalationRules.Facts(new BigDecimal("5000.00"), "USD", 1, 0));

        assertThat(decision.reasons()).singleElement().asString().contains("5000.00 USD");
        assertThat(decision.transferCaller()).isTrue();
    }

    @Test
    void manyOpenDisputesAndAnOldInvoiceEscalateWithoutATransfer() {
        EscalationDecision decision = rules.decide(new EscalationRules.Facts(new BigDecimal("10"), "USD", 3, 90));

        assertThat(decision.reasons()).hasSize(2);
        assertThat(decision.summary()).contains("3 open disputes", "90 days past due");
        assertThat(decision.transferCaller()).isFalse();
    }

    @Test
    void aZeroThresholdSwitchesItsRuleOff() {
        EscalationRules off = new EscalationRules(new EscalationSettings(BigDecimal.ZERO, true, 0, true, 0, true));

        assertThat(off.decide(new EscalationRules.Facts(new BigDecimal("1000000"), "USD", 50, 400)).escalate())
                .isFalse();
    }
}
