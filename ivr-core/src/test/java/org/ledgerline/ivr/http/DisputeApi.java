package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.dispute.NewDispute;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.user.Role;

/**
 * A real HTTP server on a random port serving {@link DisputeRoutes} over a real ledger, a
 * {@link HttpClient} signed in as the credit manager {@value #USERNAME} (session cookie, and the CSRF
 * token on every request), and helpers to put disputes in the ledger at chosen instants.
 */
final class DisputeApi implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final AtomicInteger INVOICE_NUMBERS = new AtomicInteger(700_000);
    /** The signed-in credit manager, the actor of every change the tests make. */
    static final String USERNAME = "j.doe";

    private final Ledger ledger;
    private final LedgerRows rows;
    private final Vertx vertx;
    private final HttpVerticle http;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).cookieHandler(new CookieManager()).build();
    private @Nullable String csrfToken;

    private DisputeApi(Ledger ledger, Vertx vertx, HttpVerticle http) {
        this.ledger = ledger;
        this.rows = new LedgerRows(ledger);
        this.vertx = vertx;
        this.http = http;
    }

    /**
     * Serves the dispute routes over {@code ledger}, reading dates in {@code businessZone}, and signs
     * in as the credit manager {@value #USERNAME}.
     */
    static DisputeApi start(Ledger ledger, ZoneId businessZone) {
        TestBackOffice.addUser(ledger, USERNAME, Role.CREDIT_MANAGER);
        Vertx vertx = Vertx.vertx();
        HttpVerticle http = new HttpVerticle("127.0.0.1", 0, List.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                TestBackOffice.auth(ledger, AuthSettings.defaults(), Clock.systemUTC(), false),
                List.of(new DisputeRoutes(ledger.disputes(), ledger.audit(), businessZone)));
        vertx.deployVerticle(http).await();
        DisputeApi api = new DisputeApi(ledger, vertx, http);
        Response signedIn = api.postJson("/api/session",
                new JsonObject().put("username", USERNAME).put("password", TestBackOffice.PASSWORD).encode());
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        api.csrfToken = signedIn.json().getString("csrfToken");
        return api;
    }

    LedgerRows rows() {
        return rows;
    }

    /**
     * Opens a dispute of a new invoice of {@code amount} on {@code accountId} and dates its creation
     * {@code createdAt} (the repository stamps "now"; the tests need chosen days).
     */
    long openDispute(long accountId, String reasonCode, String amount, Instant createdAt) {
        String invoiceNumber = Integer.toString(INVOICE_NUMBERS.incrementAndGet());
        long invoiceId = rows.openInvoice(accountId, invoiceNumber, amount, LocalDate.of(2026, 10, 1));
        long disputeId = ledger.disputes()
                .open(new NewDispute("test-dispute-" + invoiceNumber, invoiceId, reasonCode, null, null, null))
                .id();
        ledger.jdbc().update("test: date a dispute", "update disputes set created_at = ? where id = ?", createdAt,
                disputeId);
        return disputeId;
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    Response postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    /** A POST with the given content type; null sends none. */
    Response post(String path, @Nullable String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    Response send(HttpRequest.Builder request) {
        try {
            if (csrfToken != null) {
                request.header(Csrf.HEADER, csrfToken);
            }
            HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("content-type").orElse(""),
                    response.headers().firstValue("allow").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the API", e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + http.actualPort() + pathAndQuery);
    }

    @Override
    public void close() {
        vertx.close().await();
    }

    /** An HTTP answer; every answer of the API is JSON. */
    record Response(int status, String text, String contentType, @Nullable String allow) {
        JsonObject json() {
            assertThat(contentType).as("content type of %s", text).startsWith("application/json");
            return new JsonObject(text);
        }

        /** Asserts a refusal: the status, the field at fault and words of the reason. */
        void assertRefused(int expectedStatus, @Nullable String field, String reasonContains) {
            assertThat(status).as("status of %s", text).isEqualTo(expectedStatus);
            JsonObject body = json();
            assertThat(body.containsKey("field")).as("field key in %s", text).isTrue();
            assertThat(body.getString("field")).as("field in %s", text).isEqualTo(field);
            assertThat(body.getString("error")).contains(reasonContains);
        }
    }
}
