package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.Access;
import org.ledgerline.ivr.http.Csrf;
import org.ledgerline.ivr.http.SecuredRoutes;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.Role;

/**
 * Walks every route of a real node's router after start-up (so a route added later is covered
 * without touching this test) and checks, for each: no session gives 401 (API) or 303 to sign-in
 * (pages); a signed-in user holding none of its roles gets 403; one holding a role gets neither.
 * Users are the seeded demo users, one per role.
 */
class RouteRoleMatrixIT {
    /** An id nothing has, so a right-role request to a changing route changes nothing. */
    private static final String NO_SUCH_ID = "987654";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static RunningServer node;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();

    @BeforeAll
    static void start() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of("ledgerline.database.seedDemoData", "true"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void everyRouteRefusesStrangersAndWrongRolesAndLetsTheRightRoleIn() {
        List<Route> routes = node.server.httpRouter().getRoutes().stream()
                .filter(route -> route.getMetadata(SecuredRoutes.FAILURE_ONLY_METADATA) == null)
                .toList();
        assertThat(routes).hasSizeGreaterThan(15);
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            Access access = route.getMetadata(SecuredRoutes.ACCESS_METADATA);
            softly.assertThat(access).as("Access of %s", route.getPath()).isNotNull();
            if (access == null) {
                continue;
            }
            HttpMethod method = route.methods() == null || route.methods().isEmpty()
                    ? HttpMethod.PUT
                    : route.methods().iterator().next();
            String path = concrete(route.getPath());
            String what = method + " " + path + " (" + access + ")";
            boolean api = path.startsWith("/api/");

            HttpResponse<String> stranger = send(method, path, null);
            if (access.isPublic()) {
                // Public means no sign-in is asked for; the sign-in form may still refuse a forged post (403).
                softly.assertThat(stranger.statusCode()).as("stranger at public %s", what).isNotEqualTo(401);
                softly.assertThat(stranger.headers().firstValue("Location").orElse(""))
                        .as("stranger at public %s", what)
                        .doesNotStartWith("/sign-in?next=");
                continue;
            }
            if (api) {
                softly.assertThat(stranger.statusCode()).as("stranger at %s", what).isEqualTo(401);
            } else {
                softly.assertThat(stranger.statusCode()).as("stranger at %s", what).isEqualTo(303);
                softly.assertThat(stranger.headers().firstValue("Location")).as("stranger at %s", what)
                        .hasValueSatisfying(location -> assertThat(location).startsWith("/sign-in?next="));
            }
            Optional<DemoUsers.DemoUser> wrong = userWithNoneOf(access.roles());
            if (!access.roles().isEmpty()) {
                assertThat(wrong).as("a demo user lacking %s", access.roles()).isPresent();
                softly.assertThat(send(method, path, signIn(wrong.get())).statusCode())
                        .as("%s as %s", what, wrong.get().username())
                        .isEqualTo(403);
            }
            DemoUsers.DemoUser right = userWithAnyOf(access.roles());
            softly.assertThat(send(method, path, signIn(right)).statusCode()).as("%s as %s", what, right.username())
                    .isNotIn(401, 403);
        }
        softly.assertAll();
    }

    private static String concrete(String routePath) {
        return routePath.replace(":id", NO_SUCH_ID).replace("/assets/*", "/assets/back-office.css").replace("*", "x");
    }

    private static Optional<DemoUsers.DemoUser> userWithNoneOf(Set<Role> roles) {
        return DemoUsers.USERS.stream().filter(user -> user.roles().stream().noneMatch(roles::contains)).findFirst();
    }

    private static DemoUsers.DemoUser userWithAnyOf(Set<Role> roles) {
        return DemoUsers.USERS.stream()
                .filter(user -> roles.isEmpty() || user.roles().stream().anyMatch(roles::contains))
                .findFirst().orElseThrow();
    }

    /** A fresh session (so a route that signs out cannot spoil later checks): cookie and CSRF token. */
    private static String[] signIn(DemoUsers.DemoUser user) {
        HttpResponse<String> answer = call(HttpRequest.newBuilder(uri("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("username", user.username())
                        .put("password", DemoUsers.DEMO_PASSWORD).encode())));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String cookie = answer.headers().allValues("set-cookie").getFirst().split(";", 2)[0];
        return new String[] {cookie, new JsonObject(answer.body()).getString("csrfToken")};
    }

    private static HttpResponse<String> send(HttpMethod method, String path, String @Nullable [] session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method.name(), HttpMethod.GET.equals(method)
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (session != null) {
            request.header("Cookie", session[0]).header(Csrf.HEADER, session[1]);
        }
        return call(request);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + node.server.httpPort() + path);
    }

    private static HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
