package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.MountedRoute;
import org.ledgerline.ivr.http.RawHttp;
import org.ledgerline.ivr.http.RequestLimits;
import org.ledgerline.ivr.http.SecurityHeaders;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Every answer of a running node carries the security headers: each route the router holds (walked,
 * so a route added later is checked too), a 404, and the refusals of the request limits. Over plain
 * HTTP there is no Strict-Transport-Security ({@link HttpsIT} checks it over TLS).
 */
class SecurityHeadersIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static RunningServer node;

    @BeforeAll
    static void startNode() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void everyMountedRouteAnswersWithTheSecurityHeaders() {
        List<MountedRoute> routes = MountedRoute.of(node.server.httpRouter());
        assertThat(routes).as("the router's routes").extracting(MountedRoute::path)
                .contains("/health", "/ready", "/metrics", "/api/disputes");
        for (MountedRoute route : routes) {
            HttpResponse<String> answer = send(route.methodToSend(), route.pathWith("1"),
                    route.takesBody() ? "{}" : null);
            assertSecurityHeaders(route.toString(), answer);
        }
    }

    @Test
    void aPathNoRouteKnowsGetsA404WithTheSecurityHeaders() {
        HttpResponse<String> page = send("GET", "/no-such-page", null);
        HttpResponse<String> api = send("GET", "/api/no-such-thing", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertSecurityHeaders("a missing page", page);
        assertThat(api.statusCode()).isEqualTo(404);
        assertSecurityHeaders("a missing API path", api);
    }

    @Test
    void refusalsOfTheRequestLimitsCarryTheSecurityHeaders() {
        HttpResponse<String> longUri = send("GET", "/api/disputes?reason=" + "A".repeat(RequestLimits.MAX_URI_LENGTH),
                null);
        HttpResponse<String> hugeBody = send("POST", "/api/disputes/1/status",
                "{\"note\":\"" + "x".repeat(RequestLimits.MAX_BODY_BYTES) + "\"}");

        assertThat(longUri.statusCode()).isEqualTo(414);
        assertSecurityHeaders("a too-long URI", longUri);
        assertThat(hugeBody.statusCode()).isEqualTo(413);
        assertSecurityHeaders("a too-large body", hugeBody);
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineScriptNoPluginsAndNoFraming() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .doesNotContain("unsafe-inline", "unsafe-eval", "*", "http:", "https:")
                .contains("script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
    }

    @Test
    void staticFilesHoldNoCustomerDataAndMayBeCached() {
        HttpResponse<String> stylesheet = send("GET", "/assets/back-office.css", null);

        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertSecurityHeaders("a static file", stylesheet);
        assertThat(stylesheet.headers().allValues("Cache-Control")).as("the static handler's caching rule, if any")
                .hasSizeLessThanOrEqualTo(1).noneMatch(value -> value.contains("no-store"));
    }

    @Test
    void aDotSegmentThroughTheStaticPathsStillGetsNoStore() {
        for (String target : List.of("/assets/../api/disputes", "/webjars/%2e%2e/api/disputes", "/assets/%2E%2E/")) {
            RawHttp.Answer answer = RawHttp.send(node.server.httpPort(), "GET", target, Map.of(), null);

            assertThat(answer.header("Cache-Control")).as("Cache-Control of %s (%d)", target, answer.status())
                    .isEqualTo("no-store");
        }
    }

    @Test
    void plainHttpSendsNoStrictTransportSecurity() {
        assertThat(send("GET", "/health", null).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** The headers every answer needs, whatever its status; {@code what} names the request in failures. */
    static void assertSecurityHeaders(String what, HttpResponse<String> answer) {
        HttpHeaders headers = answer.headers();
        assertThat(headers.allValues("Content-Security-Policy")).as("CSP of %s", what)
                .containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).as("nosniff on %s", what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as("X-Frame-Options on %s", what).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as("Referrer-Policy on %s", what).hasValue("no-referrer");
        if (!isStaticFile(answer)) {
            assertThat(headers.firstValue("Cache-Control")).as("Cache-Control on %s", what).hasValue("no-store");
        }
    }

    /** Paths of static files, which hold no customer data and are left to the static handler's caching. */
    private static boolean isStaticFile(HttpResponse<String> answer) {
        String path = answer.uri().getPath();
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    private static HttpResponse<String> send(String method, String pathAndQuery, @Nullable String jsonBody) {
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + node.server.httpPort() + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .method(method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
