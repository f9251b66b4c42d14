package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplianceConfigTest {
    @Test
    void everyCollectorCallIsAnnouncedByDefault() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).compliance().announceEveryCall()).isTrue();
    }

    @Test
    void announcingOnlyWhereConsentRequiresItIsChosenFromTheEnvironment() {
        LedgerLineConfig config = ConfigLoader.load(Optional.empty(),
                Map.of("LEDGERLINE_COMPLIANCE_ANNOUNCEEVERYCALL", "false"), Map.of());

        assertThat(config.compliance().announceEveryCall()).isFalse();
    }

    @Test
    void aValueThatIsNoBooleanIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("ledgerline.compliance.announceEveryCall", "sometimes")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("compliance.announceEveryCall");
    }

    @Test
    void clickToDialSetsNoCallerIdByDefaultAndTakesOneFromTheProperties() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).compliance().clickToDialCallerId())
                .isEmpty();
        LedgerLineConfig config = ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("ledgerline.compliance.clickToDialCallerId", "\"LedgerLine\" <2000>"));

        assertThat(config.compliance().clickToDialCallerId()).isEqualTo("\"LedgerLine\" <2000>");
    }

    @Test
    void aCallerIdWithALineBreakIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("ledgerline.compliance.clickToDialCallerId", "LedgerLine\r\nAction: Hangup")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("compliance.clickToDialCallerId");
    }
}
