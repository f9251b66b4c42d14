package org.ledgerline.ivr.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The browser fixture itself: Debian's Chromium renders a page and runs its script, headless. */
class HeadlessChromiumIT {
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static HttpServer server;

    @BeforeAll
    static void serveAPage() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = switch (exchange.getRequestURI().getPath()) {
                case "/script.js" -> "document.getElementById('out').textContent = 'script ran';"
                        .getBytes(StandardCharsets.UTF_8);
                default ->
                    "<!doctype html><title>Fixture page</title><p id=out>no script</p><script src=/script.js></script>"
                            .getBytes(StandardCharsets.UTF_8);
            };
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void headlessChromiumLoadsAPageAndRunsItsScript() {
        browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/");

        browser.await().until(ExpectedConditions.textToBe(By.id("out"), "script ran"));
        assertThat(browser.driver().getTitle()).isEqualTo("Fixture page");
        assertThat(browser.driver().getCapabilities().getBrowserVersion()).isNotBlank();
    }

    @Test
    void takesAScreenshotAPersonCanLookAt() throws IOException {
        browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/");

        byte[] png = Files.readAllBytes(browser.screenshot("fixture-page"));

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aMissingBrowserFailsWithWhatToInstallInsteadOfSkipping() {
        System.setProperty("ledgerline.test.missing-chromium", "/nonexistent/chromium");
        try {
            assertThatThrownBy(
                    () -> HeadlessChromium.executable("ledgerline.test.missing-chromium", HeadlessChromium.CHROMIUM))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("/nonexistent/chromium")
                    .hasMessageContaining("install Debian's chromium and chromium-driver packages");
        } finally {
            System.clearProperty("ledgerline.test.missing-chromium");
        }
    }
}
