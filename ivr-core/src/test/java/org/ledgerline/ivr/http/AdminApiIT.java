package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.JdbcApiTokenRepository;
import org.ledgerline.storage.user.Role;

/** Admins manage users and API tokens over the API; a token works as a Bearer credential until revoked. */
class AdminApiIT {
    private static Ledger ledger;
    private static Vertx vertx;
    private static BackOfficeClient client;
    private static BackOfficeClient.Session admin;

    @BeforeAll
    static void start() {
        ledger = TestLedgers.newLedger();
        TestBackOffice.addUser(ledger, "admin", Role.ADMIN);
        vertx = Vertx.vertx();
        HttpVerticle http = new HttpVerticle("127.0.0.1", 0, List.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                TestBackOffice.auth(ledger, AuthSettings.defaults(), Clock.systemUTC(), false),
                List.of(new DisputeRoutes(ledger.disputes(), ledger.audit(), ZoneOffset.UTC)));
        vertx.deployVerticle(http).await();
        client = new BackOfficeClient(http.actualPort());
        admin = client.signInOk("admin", TestBackOffice.PASSWORD);
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
        ledger.close();
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignInAndTheListNeverShowsAHash() {
        BackOfficeClient.Answer created = client.json("POST", "/api/users", admin.id(), admin.csrf(), new JsonObject()
                .put("username", "collector7").put("displayName", "Cole").put("password", "a sturdy passphrase 7")
                .put("roles", new JsonArray().add("collector")).put("endpoint", "PJSIP/2007").put("callerId", "2007")
                .encode());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("endpoint")).isEqualTo("PJSIP/2007");
        assertThat(created.json().getString("callerId")).isEqualTo("2007");
        BackOfficeClient.Answer badCallerId = client.json("POST", "/api/users", admin.id(), admin.csrf(),
                new JsonObject().put("username", "collector8").put("password", "a sturdy passphrase 8")
                        .put("roles", new JsonArray().add("collector")).put("callerId", "2007; drop").encode());
        assertThat(badCallerId.status()).isEqualTo(400);
        assertThat(badCallerId.body()).contains("caller ID must be");
        assertThat(client.signIn("collector7", "a sturdy passphrase 7", null).status()).isEqualTo(200);
        BackOfficeClient.Answer list = client.get("/api/users", admin.id());
        assertThat(list.body()).contains("collector7").doesNotContain("argon2");
        assertThat(ledger.audit().findBySubject("user", "collector7").getFirst().actor()).isEqualTo("admin");
    }

    @Test
    void refusesWeakPasswordsTakenNamesAndUnknownRolesWithAReason() {
        String weak = new JsonObject().put("username", "weakling").put("password", "password1234")
                .put("roles", new JsonArray().add("auditor")).encode();
        String badRole = new JsonObject().put("username", "x1").put("password", "a sturdy passphrase 8")
                .put("roles", new JsonArray().add("superuser")).encode();
        String taken = new JsonObject().put("username", "admin").put("password", "a sturdy passphrase 9")
                .put("roles", new JsonArray().add("auditor")).encode();

        BackOfficeClient.Answer weakAnswer = client.json("POST", "/api/users", admin.id(), admin.csrf(), weak);
        assertThat(weakAnswer.status()).isEqualTo(400);
        assertThat(weakAnswer.json().getString("field")).isEqualTo("password");
        assertThat(weakAnswer.body()).doesNotContain("password1234");
        assertThat(client.json("POST", "/api/users", admin.id(), admin.csrf(), badRole).json().getString("field"))
                .isEqualTo("roles");
        assertThat(client.json("POST", "/api/users", admin.id(), admin.csrf(), taken).status()).isEqualTo(409);
    }

    @Test
    void aTokenIsShownOnceWorksAsBearerForItsRolesAndStopsWhenRevoked() {
        BackOfficeClient.Answer created = client.json("POST", "/api/tokens", admin.id(), admin.csrf(), new JsonObject()
                .put("name", "bureau feed").put("roles", new JsonArray().add("auditor")).encode());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = created.json().getString("token");
        long id = created.json().getLong("id");

        assertThat(client.getWithToken("/api/disputes", token).status()).isEqualTo(200);
        assertThat(client.getWithToken("/api/users", token).status()).as("auditor role only").isEqualTo(403);
        assertThat(client
                .jsonWithToken("POST", "/api/disputes/1/status", token, "{\"status\":\"RESOLVED\",\"note\":\"n\"}")
                .status()).isEqualTo(403);
        assertThat(client.get("/api/tokens", admin.id()).body()).contains("bureau feed").doesNotContain(token);

        BackOfficeClient.Answer revoked = client.json("DELETE", "/api/tokens/" + id, admin.id(), admin.csrf(), null);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(client.getWithToken("/api/disputes", token).status()).isEqualTo(401);
        assertThat(ledger.audit().findBySubject(JdbcApiTokenRepository.SUBJECT, Long.toString(id))).hasSize(2);
    }

    @Test
    void aTokenNeedsNoCsrfTokenButACookieDoes() {
        BackOfficeClient.Answer created = client.json("POST", "/api/tokens", admin.id(), admin.csrf(), new JsonObject()
                .put("name", "admin script").put("roles", new JsonArray().add("admin")).encode());
        String token = created.json().getString("token");

        BackOfficeClient.Answer byToken = client.jsonWithToken("POST", "/api/users/987654/disable", token, null);
        BackOfficeClient.Answer byCookieWithoutCsrf = client.json("POST", "/api/users/987654/disable", admin.id(), null,
                null);

        assertThat(byToken.status()).as("gets past CSRF to the unknown id").isEqualTo(404);
        assertThat(byCookieWithoutCsrf.status()).isEqualTo(403);
    }

    @Test
    void disablingAUserEndsTheirSessions() {
        TestBackOffice.addUser(ledger, "leaver", Role.AUDITOR);
        BackOfficeClient.Session leaver = client.signInOk("leaver", TestBackOffice.PASSWORD);
        long id = ledger.users().findByUsername("leaver").orElseThrow().id();

        assertThat(client.json("POST", "/api/users/" + id + "/disable", admin.id(), admin.csrf(), null).status())
                .isEqualTo(200);

        assertThat(client.get("/api/session", leaver.id()).status()).isEqualTo(401);
        assertThat(client.signIn("leaver", TestBackOffice.PASSWORD, null).status()).isEqualTo(401);
    }
}
