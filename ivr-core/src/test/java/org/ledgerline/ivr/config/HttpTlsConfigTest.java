package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code http.tls.*}: off by default; when on, both PEM files must be there, and a refusal names key and path. */
class HttpTlsConfigTest {
    private static final String SECRET_LOOKING_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";

    @TempDir
    Path dir;

    @Test
    void tlsIsOffByDefault() {
        LedgerLineConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of());

        assertThat(config.http().tls().enabled()).isFalse();
    }

    @Test
    void tlsOnWithTwoReadablePemFilesNamesThemByAbsolutePath() throws IOException {
        Path cert = Files.writeString(dir.resolve("node.crt"), "-----BEGIN CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("node.key"), SECRET_LOOKING_KEY);

        LedgerLineConfig config = load("true", cert.toString(), key.toString());

        assertThat(config.http().tls())
                .isEqualTo(new LedgerLineConfig.Tls(true, cert.toAbsolutePath(), key.toAbsolutePath()));
    }

    @Test
    void tlsOnWithoutACertificateFileIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> load("true", "", dir.resolve("node.key").toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'http.tls.certPem' must name a PEM file");
    }

    @Test
    void aMissingKeyFileIsRefusedNamingTheKeyAndThePath() throws IOException {
        Path cert = Files.writeString(dir.resolve("node.crt"), "-----BEGIN CERTIFICATE-----\n");
        Path missing = dir.resolve("missing.key");

        assertThatThrownBy(() -> load("true", cert.toString(), missing.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'http.tls.keyPem'")
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not a file");
    }

    @Test
    void anUnreadableKeyFileIsRefusedWithoutQuotingItsContent() throws IOException {
        Path cert = Files.writeString(dir.resolve("node.crt"), "-----BEGIN CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("node.key"), SECRET_LOOKING_KEY);
        Path unreadable = dir.resolve("a-directory.key");
        Files.createDirectory(unreadable);

        assertThatThrownBy(() -> load("true", cert.toString(), unreadable.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'http.tls.keyPem'")
                .hasMessageNotContaining("MIIE");
        assertThat(load("false", "", key.toString()).http().tls().enabled()).isFalse();
    }

    private static LedgerLineConfig load(String enabled, String cert, String key) {
        return ConfigLoader.load(Optional.empty(), Map.of(), Map.of(
                "ledgerline.http.tls.enabled", enabled,
                "ledgerline.http.tls.certPem", cert,
                "ledgerline.http.tls.keyPem", key));
    }
}
