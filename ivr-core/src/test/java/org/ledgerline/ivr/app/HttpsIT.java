package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * A node with {@code http.tls.enabled} serves HTTPS from PEM files: a client that trusts the
 * certificate gets answers with Strict-Transport-Security; one that does not is refused at the
 * handshake; a PEM file that is no certificate stops start-up with a message naming key and path.
 */
class HttpsIT {
    @TempDir
    Path dir;

    @Test
    void aNodeWithTlsOnServesHttpsWithStrictTransportSecurity() throws Exception {
        SelfSignedPem pem = SelfSignedPem.createIn(dir);
        try (RunningServer node = RunningServer.on(TestLedgers.newDatabase(), tls(pem.certPem(), pem.keyPem()));
                HttpClient client = HttpClient.newBuilder().sslContext(pem.trustingIt())
                        .connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(https(node, "/health")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(health.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            SecurityHeadersIT.assertSecurityHeaders("GET /health over TLS", health);
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefusedAtTheHandshake() throws Exception {
        SelfSignedPem pem = SelfSignedPem.createIn(dir);
        try (RunningServer node = RunningServer.on(TestLedgers.newDatabase(), tls(pem.certPem(), pem.keyPem()));
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpRequest request = HttpRequest.newBuilder(https(node, "/health")).timeout(Duration.ofSeconds(20))
                    .build();

            assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aKeyFileThatIsNoPemKeyStopsStartUpNamingTheKeyAndPathButNotTheContent() throws IOException {
        SelfSignedPem pem = SelfSignedPem.createIn(dir);
        Path notAKey = Files.writeString(dir.resolve("not-a-key.pem"), "hunter2-not-a-pem-file\n");

        assertThatThrownBy(() -> RunningServer.on(TestLedgers.newDatabase(), tls(pem.certPem(), notAKey)).close())
                .hasMessageContaining("http.tls.keyPem=" + notAKey.toAbsolutePath())
                .hasMessageNotContaining("hunter2");
    }

    private static Map<String, String> tls(Path cert, Path key) {
        return Map.of("ledgerline.http.tls.enabled", "true",
                "ledgerline.http.tls.certPem", cert.toString(),
                "ledgerline.http.tls.keyPem", key.toString());
    }

    private static URI https(RunningServer node, String path) {
        return URI.create("https://127.0.0.1:" + node.server.httpPort() + path);
    }
}
