package org.ledgerline.ivr.http;

import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Whether the HTTP server speaks HTTPS, and from which PEM files: {@code certPem} the certificate
 * chain (the server's own certificate first), {@code keyPem} its private key. The files are read by
 * Vert.x when the server starts listening; the key never passes through our code or a log line.
 */
public record HttpTls(boolean enabled, Path certPem, Path keyPem) {
    /** Plain HTTP. */
    public static final HttpTls OFF = new HttpTls(false, Path.of(""), Path.of(""));

    public HttpTls {
        Objects.requireNonNull(certPem, "certPem");
        Objects.requireNonNull(keyPem, "keyPem");
    }

    /** HTTPS from the two PEM files. */
    public static HttpTls fromPem(Path certPem, Path keyPem) {
        return new HttpTls(true, certPem, keyPem);
    }

    /** {@code options} set up for HTTPS when enabled, untouched otherwise. */
    HttpServerOptions applyTo(HttpServerOptions options) {
        if (!enabled) {
            return options;
        }
        return options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                .setCertPath(certPem.toString())
                .setKeyPath(keyPem.toString()));
    }
}
