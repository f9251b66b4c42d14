package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
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
        assertThatThrownBy(
                () -> ConfigLoader.load(Optional.empty(), Map.of("LEDGERLINE_HTTP_PORT", "eighty"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.port")
                .hasMessageContaining("LEDGERLINE_HTTP_PORT");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.agi.port", "70000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("agi.port");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("ledgerline.ivr.personDestination", "agents")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ivr.personDestination");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("ledgerline.backOffice.timeZone", "Mars/Base")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("backOffice.timeZone");
        assertThatThrownBy(
                () -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.database.url", "mysql://x")))
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

    @Test
    void theFastAgiAllowListDefaultsToLoopbackAndTakesCommaSeparatedOrJsonListBlocks() throws IOException {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).agi().allowedPeers())
                .containsExactly(CidrBlock.parse("127.0.0.0/8"), CidrBlock.parse("::1/128"));
        assertThat(
                ConfigLoader.load(Optional.empty(), Map.of("LEDGERLINE_AGI_ALLOWEDPEERS", "10.0.0.5/32, 2001:db8::/64"),
                        Map.of()).agi().allowedPeers())
                .containsExactly(CidrBlock.parse("10.0.0.5/32"), CidrBlock.parse("2001:db8::/64"));
        Path file = dir.resolve("peers.json");
        Files.writeString(file, "{\"agi\": {\"allowedPeers\": [\"192.0.2.10\", \"192.0.2.128/25\"]}}");
        assertThat(ConfigLoader.load(Optional.of(file), Map.of(), Map.of()).agi().allowedPeers())
                .containsExactly(CidrBlock.parse("192.0.2.10/32"), CidrBlock.parse("192.0.2.128/25"));
    }

    @Test
    void aBadAllowListStopsStartUpNamingTheKey() {
        for (String bad : List.of("", "asterisk.example.com", "10.0.0.0/8,", "10.0.0.1/8", "10.0.0.0/40")) {
            assertThatThrownBy(
                    () -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("ledgerline.agi.allowedPeers", bad)))
                    .as(bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("agi.allowedPeers");
        }
    }

    @Test
    void theWholeConfigurationPrintedShowsNoPasswordOrSecret() {
        LedgerLineConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of(
                "ledgerline.database.url", "jdbc:postgresql://db.example/ledger?password=UrlPass-1",
                "ledgerline.database.password", "DbPass-2",
                "ledgerline.ami.secret", "AmiSecret-3",
                "ledgerline.mail.password", "MailPass-4"));

        assertThat(config.toString()).doesNotContain("UrlPass-1", "DbPass-2", "AmiSecret-3", "MailPass-4")
                .contains("jdbc:postgresql://db.example/ledger");
    }
}
