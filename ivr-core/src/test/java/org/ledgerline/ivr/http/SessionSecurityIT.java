package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.testing.TestClock;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.ivr.user.SignInRefusedException;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.JdbcSessionRepository;
import org.ledgerline.storage.user.JdbcUserRepository;
import org.ledgerline.storage.user.Role;

/**
 * Sessions over real HTTP against a real ledger: the cookie's flags, a new id at every sign-in
 * (fixation), idle and absolute expiry on a clock the test moves, sign-out, CSRF, and the sign-in page.
 */
class SessionSecurityIT {
    private static final AuthSettings SETTINGS = new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(12), 5,
            Duration.ofMinutes(15), 12);

    private static Ledger ledger;
    private static Vertx vertx;
    private static TestClock clock;
    private static BackOfficeClient client;

    @BeforeAll
    static void start() {
        ledger = TestLedgers.newLedger();
        TestBackOffice.addUser(ledger, "manager", Role.CREDIT_MANAGER);
        TestBackOffice.addUser(ledger, "auditor", Role.AUDITOR);
        clock = new TestClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
        vertx = Vertx.vertx();
        HttpVerticle http = verticle(false);
        vertx.deployVerticle(http).await();
        client = new BackOfficeClient(http.actualPort());
    }

    private static HttpVerticle verticle(boolean secureCookies) {
        return new HttpVerticle("127.0.0.1", 0, List.of(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                TestBackOffice.auth(ledger, SETTINGS, clock, secureCookies),
                List.of(new DisputeRoutes(ledger.disputes(), ledger.audit(), ZoneOffset.UTC), ADMIN_PAGE));
    }

    /** A page only admins may see, to check the 403 page and the navigation by role. */
    private static final RouteGroup ADMIN_PAGE = (vertx, routes) -> {
        routes.pages().addNavigation(new PageRenderer.NavEntry("Settings", "/test-settings", Set.of(Role.ADMIN)));
        routes.pages().addNavigation(new PageRenderer.NavEntry("Disputes", "/test-disputes",
                Set.of(Role.CREDIT_MANAGER, Role.AUDITOR)));
        routes.get("/test-settings", Access.roles(Role.ADMIN), ctx -> PageRenderer.render(ctx, "home",
                Map.of("title", "Settings", "roles", "admin", "admin", true)));
    };

    @AfterAll
    static void stop() {
        vertx.close().await();
        ledger.close();
    }

    @Test
    void signInSetsAnHttpOnlyStrictCookieForTheWholeSiteAndReturnsTheUserAndCsrfToken() {
        BackOfficeClient.Answer answer = client.signIn("manager", TestBackOffice.PASSWORD, null);

        assertThat(answer.status()).isEqualTo(200);
        String cookie = answer.setCookie(SessionCookie.NAME).orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Path=/")
                .doesNotContain("Secure");
        assertThat(answer.cookieValue(SessionCookie.NAME)).hasSize(43);
        assertThat(answer.json().getJsonObject("user").getString("username")).isEqualTo("manager");
        assertThat(answer.json().getJsonObject("user").getJsonArray("roles")).containsExactly("credit_manager");
        assertThat(answer.json().getString("csrfToken")).hasSize(43);
        assertThat(answer.body()).doesNotContain(answer.cookieValue(SessionCookie.NAME));
    }

    @Test
    void theCookieIsSecureWhenSecureCookiesIsOn() {
        Vertx other = Vertx.vertx();
        try {
            HttpVerticle secure = verticle(true);
            other.deployVerticle(secure).await();
            BackOfficeClient.Answer answer = new BackOfficeClient(secure.actualPort()).signIn("manager",
                    TestBackOffice.PASSWORD, null);

            assertThat(answer.setCookie(SessionCookie.NAME).orElseThrow()).contains("Secure")
                    .containsIgnoringCase("HttpOnly");
        } finally {
            other.close().await();
        }
    }

    @Test
    void everySignInGetsANewSessionIdAndTheIdTheBrowserCameWithStopsWorking() {
        BackOfficeClient.Session first = client.signInOk("manager", TestBackOffice.PASSWORD);

        BackOfficeClient.Answer again = client.signIn("manager", TestBackOffice.PASSWORD, first.id());
        String second = again.cookieValue(SessionCookie.NAME);

        assertThat(second).isNotEqualTo(first.id());
        assertThat(client.get("/api/session", first.id()).status()).isEqualTo(401);
        assertThat(client.get("/api/session", second).status()).isEqualTo(200);
    }

    @Test
    void aPlantedSessionIdIsNeverAdopted() {
        String planted = "attacker-chosen-id-attacker-chosen-id-00000";

        BackOfficeClient.Answer answer = client.signIn("manager", TestBackOffice.PASSWORD, planted);

        assertThat(answer.cookieValue(SessionCookie.NAME)).isNotEqualTo(planted);
        assertThat(client.get("/api/session", planted).status()).isEqualTo(401);
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutButActivityKeepsItAlive() {
        BackOfficeClient.Session busy = client.signInOk("manager", TestBackOffice.PASSWORD);
        BackOfficeClient.Session idle = client.signInOk("manager", TestBackOffice.PASSWORD);

        clock.advance(Duration.ofMinutes(20));
        assertThat(client.get("/api/session", busy.id()).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(20));

        assertThat(client.get("/api/session", busy.id()).status()).isEqualTo(200);
        BackOfficeClient.Answer expired = client.get("/api/session", idle.id());
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.setCookie(SessionCookie.NAME).orElseThrow()).as("the dead cookie is cleared")
                .contains("Max-Age=0");
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverBusy() {
        BackOfficeClient.Session session = client.signInOk("auditor", TestBackOffice.PASSWORD);

        for (int step = 0; step < 35; step++) { // 35 x 20 min = 11 h 40 min, always within the idle timeout
            clock.advance(Duration.ofMinutes(20));
            assertThat(client.get("/api/session", session.id()).status()).as("after %d steps", step + 1).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(20));

        assertThat(client.get("/api/session", session.id()).status()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSessionClearsTheCookieAndIsAudited() {
        BackOfficeClient.Session session = client.signInOk("auditor", TestBackOffice.PASSWORD);
        long signOutsBefore = signOuts("auditor");

        BackOfficeClient.Answer out = client.json("DELETE", "/api/session", session.id(), session.csrf(), null);

        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.setCookie(SessionCookie.NAME).orElseThrow()).contains("Max-Age=0");
        assertThat(client.get("/api/session", session.id()).status()).isEqualTo(401);
        assertThat(signOuts("auditor")).isEqualTo(signOutsBefore + 1);
    }

    @Test
    void aCookieAuthenticatedChangeWithoutTheRightCsrfTokenIs403AndChangesNothing() {
        BackOfficeClient.Session session = client.signInOk("auditor", TestBackOffice.PASSWORD);

        BackOfficeClient.Answer missing = client.json("DELETE", "/api/session", session.id(), null, null);
        BackOfficeClient.Answer wrong = client.json("DELETE", "/api/session", session.id(), "not-the-token", null);
        BackOfficeClient.Answer otherSessions = client.json("DELETE", "/api/session", session.id(),
                client.signInOk("auditor", TestBackOffice.PASSWORD).csrf(), null);

        assertThat(List.of(missing, wrong, otherSessions)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().getString("error")).contains("CSRF");
        });
        assertThat(client.get("/api/session", session.id()).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        BackOfficeClient.Answer wrongPassword = client.signIn("manager", "not the password at all", null);
        BackOfficeClient.Answer unknown = client.signIn("nobody-here", "not the password at all", null);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknown.body()).contains(SignInRefusedException.MESSAGE);
        assertThat(wrongPassword.setCookie(SessionCookie.NAME)).isEmpty();
    }

    @Test
    void thePageSignInSendsTheBrowserBackToTheLocalPageItCameFrom() {
        BackOfficeClient.Answer bounced = client.get("/?from=home", null);
        assertThat(bounced.status()).isEqualTo(303);
        assertThat(bounced.header("Location")).contains("/sign-in?next=%2F%3Ffrom%3Dhome");

        BackOfficeClient.Answer page = client.getWithCookies("/sign-in?next=%2F%3Ffrom%3Dhome", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type").orElseThrow()).startsWith("text/html");
        String formToken = page.cookieValue(SessionRoutes.PRE_SIGN_IN_COOKIE);
        assertThat(page.body()).contains("value=\"" + formToken + "\"").contains("value=\"/?from=home\"");

        BackOfficeClient.Answer signedIn = client.form("/sign-in", SessionRoutes.PRE_SIGN_IN_COOKIE + "=" + formToken,
                Map.of("username", "manager", "password", TestBackOffice.PASSWORD, "next", "/?from=home", "_csrf",
                        formToken));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).contains("/?from=home");
        String session = signedIn.cookieValue(SessionCookie.NAME);
        BackOfficeClient.Answer home = client.get("/", session);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Test manager").contains("credit_manager").contains("name=\"_csrf\"");
    }

    @Test
    void theSignInPageNeverRedirectsOffSite() {
        for (String next : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)")) {
            BackOfficeClient.Answer page = client.getWithCookies("/sign-in?next=" + java.net.URLEncoder.encode(next,
                    java.nio.charset.StandardCharsets.UTF_8), null);
            String token = page.cookieValue(SessionRoutes.PRE_SIGN_IN_COOKIE);
            BackOfficeClient.Answer signedIn = client.form("/sign-in", SessionRoutes.PRE_SIGN_IN_COOKIE + "=" + token,
                    Map.of("username", "manager", "password", TestBackOffice.PASSWORD, "next", next, "_csrf", token));

            assertThat(signedIn.header("Location")).as("next=%s", next).contains("/");
            assertThat(signedIn.header("Location").orElseThrow()).as("next=%s", next).isEqualTo("/");
        }
    }

    @Test
    void theSignInFormWithoutItsOwnCsrfPairIsRefused() {
        BackOfficeClient.Answer forged = client.form("/sign-in", null,
                Map.of("username", "manager", "password", TestBackOffice.PASSWORD, "next", "/", "_csrf", "guess"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.setCookie(SessionCookie.NAME)).isEmpty();
    }

    @Test
    void signingOutThroughThePageFormNeedsTheCsrfToken() {
        BackOfficeClient.Session session = client.signInOk("manager", TestBackOffice.PASSWORD);
        String cookie = SessionCookie.NAME + "=" + session.id();

        assertThat(client.form("/sign-out", cookie, Map.of()).status()).isEqualTo(403);
        BackOfficeClient.Answer out = client.form("/sign-out", cookie, Map.of("_csrf", session.csrf()));

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Location")).contains("/sign-in");
        assertThat(client.get("/api/session", session.id()).status()).isEqualTo(401);
    }

    @Test
    void anAuditorReadsDisputesButMayNotDecideThemAndAStrangerIsAskedToSignIn() {
        BackOfficeClient.Session auditor = client.signInOk("auditor", TestBackOffice.PASSWORD);

        assertThat(client.get("/api/disputes", auditor.id()).status()).isEqualTo(200);
        BackOfficeClient.Answer decide = client.json("POST", "/api/disputes/1/status", auditor.id(), auditor.csrf(),
                "{\"status\":\"RESOLVED\",\"note\":\"n\"}");
        assertThat(decide.status()).isEqualTo(403);
        assertThat(decide.json().getString("error")).contains("roles");
        BackOfficeClient.Answer stranger = client.get("/api/disputes", null);
        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.header("WWW-Authenticate")).contains("Bearer realm=\"ledgerline\"");
    }

    @Test
    void aPageTheRoleMayNotSeeAnswersWithThe403PageAndTheNavigationShowsOnlyTheRolesAreas() {
        BackOfficeClient.Session auditor = client.signInOk("auditor", TestBackOffice.PASSWORD);

        BackOfficeClient.Answer refused = client.get("/test-settings", auditor.id());
        BackOfficeClient.Answer home = client.get("/", auditor.id());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("content-type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("Not allowed").contains("Test auditor");
        assertThat(home.body()).contains("href=\"/test-disputes\"").doesNotContain("/test-settings");
    }

    private static long signOuts(String username) {
        return ledger.audit().findBySubject(JdbcUserRepository.SUBJECT, username).stream()
                .filter(line -> line.action().equals(JdbcSessionRepository.SIGN_OUT)).count();
    }
}
