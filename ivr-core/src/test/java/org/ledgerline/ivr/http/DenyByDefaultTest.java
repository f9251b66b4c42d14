package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.user.ApiTokenService;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.ivr.user.PasswordPolicy;
import org.ledgerline.ivr.user.SessionService;
import org.ledgerline.ivr.user.SignInService;
import org.ledgerline.ivr.user.UserAdministration;
import org.ledgerline.storage.user.ApiTokenRepository;
import org.ledgerline.storage.user.SessionRepository;
import org.ledgerline.storage.user.UserRepository;

/** A route that declares no Access stops the HTTP server from starting at all. */
class DenyByDefaultTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().await();
    }

    @Test
    void aRouteAddedWithoutAnAccessMakesTheServerRefuseToStartAndNamesIt() {
        RouteGroup sneaky = (v, routes) -> routes.router().get("/api/sneaky").handler(ctx -> ctx.end("open to all"));

        assertThatThrownBy(() -> vertx.deployVerticle(verticle(List.of(sneaky))).await())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to start")
                .hasMessageContaining("/api/sneaky");
    }

    @Test
    void routesThatDeclareAnAccessAndFailureOnlyRoutesStartFine() {
        RouteGroup declared = (v, routes) -> {
            routes.get("/api/declared", Access.anySignedIn(), ctx -> ctx.end("ok"));
            routes.failureHandler("/api/declared", ctx -> ctx.response().setStatusCode(500).end());
        };
        HttpVerticle http = verticle(List.of(declared));

        vertx.deployVerticle(http).await();

        assertThat(HttpVerticle.routesWithoutAccess(http.router())).isEmpty();
    }

    @Test
    @SuppressWarnings("NullAway") // passes a null Access on purpose: the guard must refuse it
    void aRouteCannotBeAddedWithANullAccess() {
        RouteGroup careless = (v, routes) -> routes.get("/api/careless", null, ctx -> ctx.end());

        assertThatThrownBy(() -> vertx.deployVerticle(verticle(List.of(careless))).await())
                .hasMessageContaining("every route needs an Access");
    }

    private static HttpVerticle verticle(List<RouteGroup> groups) {
        UserRepository users = mock(UserRepository.class);
        AuthSettings settings = AuthSettings.defaults();
        BackOfficeAuth auth = new BackOfficeAuth(
                new SignInService(users, TestBackOffice.FAST_HASHING, settings, Clock.systemUTC()),
                new SessionService(mock(SessionRepository.class), users, settings, Clock.systemUTC()),
                new ApiTokenService(mock(ApiTokenRepository.class), Clock.systemUTC()),
                new UserAdministration(users, TestBackOffice.FAST_HASHING, PasswordPolicy.withCommonPasswords(12)),
                false);
        return new HttpVerticle("127.0.0.1", 0, List.of(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), auth,
                groups);
    }
}
