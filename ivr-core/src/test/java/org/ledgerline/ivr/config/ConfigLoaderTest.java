package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void defaultsDescribeAnEmbeddedServerOnTheStandardPorts() {
        LedgerLineConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of());

        assertThat(config.http().port()).isEqualTo(8080);
        assertThat(config.agi().port()).isEqualTo(4573);
        assertThat(config.database().embedded()).isTrue();
        assertThat(config.ivr().maxAttempts()).isEqualTo(3);
        assertThat(config.ivr().digitTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.prompts().asteriskSoundsPath()).isEqualTo(config.prompts().soundsDir().toString());
        assertThat(config.backOffice().timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void laterLayersOverrideEarlierOnes() throws IOException {
        Path file = dir.resolve("ledgerline.json");
        Files.writeString(file, """
                {"http": {"port": 9000}, "agi": {"port": 5000}, "ivr": {"lockThreshold": 7}}
                """);

        LedgerLineConfig config = ConfigLoader.load(
                Optional.of(file),
                Map.of("LEDGERLINE_AGI_PORT", "5001", "LEDGERLINE_DATABASE_POOLSIZE", "4"),
                Map.of("ledgerline.agi.port", "5002"));

        assertThat(config.http().port()).isEqualTo(9000);
        assertThat(config.agi().port()).isEqualTo(5002);
        assertThat(config.database().poolSize()).isEqualTo(4);
        assertThat(config.ivr().lockThreshold()).isEqualTo(7);
    }

    @Test
    void aRealDatabaseUrlTurnsTheEmbeddedLedgerOff() {
        LedgerLineConfig config = ConfigLoader.load(Optional.empty(),
                Map.of("LEDGERLINE_DATABASE_URL", "jdbc:postgresql://db:5432/ledgerline"), Map.of());

        assertThat(config.database().embedded()).isFalse();
    }

    @Test
    void aBadValueNamesTheKeyAndTheSource() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("LEDGERLINE_HTTP_PORT", "eighty"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.port")
                .hasMessageContaining("LEDGERLINE_HTTP_PORT");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.agi.port", "70000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("agi.port");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.ivr.personDestination", "agents")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ivr.personDestination");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.backOffice.timeZone", "Mars/Base")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("backOffice.timeZone");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.database.url", "mysql://x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("database.url");
    }

    @Test
    void anUnknownKeyIsRefusedRatherThanIgnored() throws IOException {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\"htpp\": {\"port\": 1}}");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("htpp.port");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("LEDGERLINE_AGI_PROT", "1"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("LEDGERLINE_AGI_PROT");
    }

    @Test
    void aFileThatIsNotJsonIsReportedWithItsPath() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{not json");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString());
    }
}
