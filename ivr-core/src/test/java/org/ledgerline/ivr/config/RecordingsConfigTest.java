package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code recordings} section's wait for collector call recordings to appear on disk. */
class RecordingsConfigTest {

    @Test
    void recordingsMayTakeAMinuteToAppearByDefault() {
        assertThat(load(Map.of()).recordings().appearTimeoutSeconds()).isEqualTo(60);
    }

    @Test
    void theWaitCanBeChanged() {
        assertThat(load(Map.of("ledgerline.recordings.appearTimeoutSeconds", "180")).recordings()
                .appearTimeoutSeconds()).isEqualTo(180);
    }

    @Test
    void aWaitOfZeroStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> load(Map.of("ledgerline.recordings.appearTimeoutSeconds", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("recordings.appearTimeoutSeconds");
    }

    private static LedgerLineConfig load(Map<String, String> properties) {
        return ConfigLoader.load(Optional.empty(), Map.of(), properties);
    }
}
