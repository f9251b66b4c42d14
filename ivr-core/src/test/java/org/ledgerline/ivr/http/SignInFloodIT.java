package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.user.ApiTokenService;
import org.ledgerline.ivr.user.Argon2idPasswordHasher;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.ivr.user.PasswordHasher;
import org.ledgerline.ivr.user.PasswordHashing;
import org.ledgerline.ivr.user.SessionService;
import org.ledgerline.ivr.user.SignInService;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.Role;

/**
 * A flood of sign-ins is capped: while {@link SessionRoutes#MAX_SIGN_INS_IN_FLIGHT} are being checked
 * (held here by a hasher that waits for the test), the next one is answered 429 at once.
 */
class SignInFloodIT {
    @Test
    void signInsBeyondTheInFlightLimitGet429AtOnceAndTheOthersFinishNormally() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PasswordHasher cheap = new Argon2idPasswordHasher(64, 1, 1);
        PasswordHasher held = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return cheap.hash(password);
            }

            @Override
            public boolean verify(String password, String hash) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return cheap.verify(password, hash);
            }
        };
        Ledger ledger = TestLedgers.newLedger();
        TestBackOffice.addUser(ledger, "manager", Role.CREDIT_MANAGER);
        AuthSettings settings = AuthSettings.defaults();
        BackOfficeAuth auth = new BackOfficeAuth(
                new SignInService(ledger.users(), new PasswordHashing(held), settings, Clock.systemUTC()),
                new SessionService(ledger.sessions(), ledger.users(), settings, Clock.systemUTC()),
                new ApiTokenService(ledger.apiTokens(), Clock.systemUTC()),
                TestBackOffice.administration(ledger, settings), false);
        Vertx vertx = Vertx.vertx();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            HttpVerticle http = new HttpVerticle("127.0.0.1", 0, List.of(),
                    new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                    auth, List.of());
            vertx.deployVerticle(http).await();
            HttpRequest signIn = HttpRequest
                    .newBuilder(URI.create("http://127.0.0.1:" + http.actualPort() + "/api/session"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            new JsonObject().put("username", "manager").put("password", "wrong but long enough")
                                    .encode()))
                    .build();

            // Send until one comes back: while the hasher waits, only a refusal can come back. The short
            // wait only paces the sending; a slow 429 just means one more is sent, and the count below holds.
            boolean refused = false;
            for (int i = 0; i < 3 * SessionRoutes.MAX_SIGN_INS_IN_FLIGHT && !refused; i++) {
                CompletableFuture<HttpResponse<String>> answer = client.sendAsync(signIn,
                        HttpResponse.BodyHandlers.ofString());
                answers.add(answer);
                try {
                    assertThat(answer.get(300, TimeUnit.MILLISECONDS).statusCode()).isEqualTo(429);
                    refused = true;
                } catch (TimeoutException stillBeingChecked) {
                    assertThat(answer).isNotDone();
                }
            }
            assertThat(refused).as("a sign-in was refused while %d were held", SessionRoutes.MAX_SIGN_INS_IN_FLIGHT)
                    .isTrue();
        } finally {
            release.countDown();
        }
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            List<Integer> statuses = answers.stream().map(a -> a.join().statusCode()).toList();
            assertThat(statuses.stream().filter(s -> s == 401).count()).isEqualTo(SessionRoutes.MAX_SIGN_INS_IN_FLIGHT);
            assertThat(statuses).containsOnly(401, 429);
        } finally {
            vertx.close().await();
            ledger.close();
        }
    }
}
