package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code ami} and {@code payments} sections: defaults, overrides and the checks that name the key. */
class AmiAndPaymentsConfigTest {

    @Test
    void amiIsOffAndTheSandboxGatewayIsUsedByDefault() {
        LedgerLineConfig config = load(Map.of());

        assertThat(config.ami().enabled()).isFalse();
        assertThat(config.ami().port()).isEqualTo(5038);
        assertThat(config.ami().actionTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.payments().gateway()).isEqualTo("sandbox");
        assertThat(config.payments().postAttempts()).isEqualTo(3);
    }

    @Test
    void anEnabledAmiTakesItsSettingsAndNeverRendersTheSecret() {
        LedgerLineConfig config = load(Map.of("ledgerline.ami.enabled", "true", "ledgerline.ami.host", "pbx.example",
                "ledgerline.ami.secret", "s3cret-value", "ledgerline.ami.actionTimeoutMs", "750"));

        assertThat(config.ami().host()).isEqualTo("pbx.example");
        assertThat(config.ami().actionTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(config.toString()).doesNotContain("s3cret-value");
    }

    @Test
    void anEnabledAmiWithoutASecretStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> load(Map.of("ledgerline.ami.enabled", "true")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ami.secret");
    }

    @Test
    void anUnknownGatewayStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> load(Map.of("ledgerline.payments.gateway", "stripe")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("payments.gateway")
                .hasMessageContaining("sandbox");
    }

    private static LedgerLineConfig load(Map<String, String> properties) {
        return ConfigLoader.load(Optional.empty(), Map.of(), properties);
    }
}
