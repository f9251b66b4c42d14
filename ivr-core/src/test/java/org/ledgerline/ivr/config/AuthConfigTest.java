package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthConfigTest {
    @Test
    void defaultsAreThirtyMinutesIdleTwelveHoursFiveFailuresFifteenMinutesTwelveCharactersAndNoSecureFlag() {
        LedgerLineConfig.Auth auth = ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).auth();

        assertThat(auth.sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(auth.sessionAbsoluteLifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(auth.maxFailedSignIns()).isEqualTo(5);
        assertThat(auth.lockout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(auth.passwordMinLength()).isEqualTo(12);
        assertThat(auth.secureCookies()).isFalse();
    }

    @Test
    void secureCookiesCanBeTurnedOnFromTheEnvironment() {
        LedgerLineConfig.Auth auth = ConfigLoader
                .load(Optional.empty(), Map.of("LEDGERLINE_AUTH_SECURECOOKIES", "true"),
                        Map.of())
                .auth();

        assertThat(auth.secureCookies()).isTrue();
    }

    @Test
    void refusesAnAbsoluteLifetimeShorterThanTheIdleTimeoutNamingTheKey() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("ledgerline.auth.sessionIdleTimeoutMinutes", "120", "ledgerline.auth.sessionAbsoluteHours",
                        "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("auth.sessionAbsoluteHours");
    }

    @Test
    void refusesPasswordMinimumsBelowEightAndZeroFailuresNamingTheKey() {
        assertThatThrownBy(
                () -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.auth.passwordMinLength", "6")))
                .hasMessageContaining("auth.passwordMinLength");
        assertThatThrownBy(
                () -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.auth.maxFailedSignIns", "0")))
                .hasMessageContaining("auth.maxFailedSignIns");
    }
}
