package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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

    @Test
    void aCallCountsAsAConversationAfterTenConnectedSecondsByDefaultAndTheThresholdIsConfigurable() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).compliance().conversationMinimum())
                .isEqualTo(Duration.ofSeconds(10));
        LedgerLineConfig strictest = ConfigLoader.load(Optional.empty(),
                Map.of("LEDGERLINE_COMPLIANCE_CONVERSATIONMINIMUMSECONDS", "0"), Map.of());

        assertThat(strictest.compliance().conversationMinimum()).isZero();
    }

    @Test
    void aConversationThresholdOutsideZeroToSixtySecondsIsRefusedNamingTheKey() {
        for (String value : new String[] {"-1", "61"}) {
            assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(),
                    Map.of("ledgerline.compliance.conversationMinimumSeconds", value)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("compliance.conversationMinimumSeconds").hasMessageContaining("0-60");
        }
    }
}
