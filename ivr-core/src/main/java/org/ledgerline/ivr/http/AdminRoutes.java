package org.ledgerline.ivr.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.user.ApiTokenService;
import org.ledgerline.ivr.user.WeakPasswordException;
import org.ledgerline.storage.user.Role;

/**
 * User and API-token administration, for admins only:
 * <ul>
 *   <li>{@code GET /api/users}; {@code POST /api/users} {@code {"username", "displayName", "password",
 *       "roles": [...], "endpoint", "callerId"}} (201); {@code POST /api/users/{id}/disable};
 *   <li>{@code GET /api/tokens}; {@code POST /api/tokens} {@code {"name", "roles": [...]}} (201, the
 *       token is in this response and nowhere else, ever); {@code DELETE /api/tokens/{id}} (revoke).
 * </ul>
 * The actor of every change is the signed-in admin; every change is audited by the ledger.
 */
final class AdminRoutes {
    private final BackOfficeAuth auth;
    private final LedgerResponder ledger;

    AdminRoutes(BackOfficeAuth auth, WorkerExecutor workers) {
        this.auth = auth;
        this.ledger = new LedgerResponder(workers);
    }

    void mount(SecuredRoutes routes) {
        Access admin = Access.roles(Role.ADMIN);
        routes.get("/api/users", admin, ctx -> ledger.respond(ctx, auth.users()::list,
                users -> new JsonObject().put("users", new JsonArray(users.stream().map(UserJson::user).toList()))));
        routes.post("/api/users", admin, this::addUser);
        routes.post("/api/users/:id/disable", admin, this::disableUser);
        routes.get("/api/tokens", admin, ctx -> ledger.respond(ctx, auth.tokens()::list,
                tokens -> new JsonObject().put("tokens",
                        new JsonArray(tokens.stream().map(UserJson::token).toList()))));
        routes.post("/api/tokens", admin, this::createToken);
        routes.route(HttpMethod.DELETE, "/api/tokens/:id", admin, this::revokeToken);
    }

    private void addUser(RoutingContext ctx) {
        JsonObject body = JsonBodies.object(ctx.request().getHeader("content-type"), ctx.body().buffer(),
                Set.of("username", "displayName", "password", "roles", "endpoint", "callerId"));
        String username = JsonBodies.requiredString(body, "username");
        String displayName = JsonBodies.optionalString(body, "displayName");
        String password = JsonBodies.requiredString(body, "password");
        Set<Role> roles = JsonBodies.roles(body, "roles");
        Optional<String> endpoint = Optional.ofNullable(JsonBodies.optionalString(body, "endpoint"));
        Optional<String> callerId = Optional.ofNullable(JsonBodies.optionalString(body, "callerId"));
        String actor = Access.user(ctx).username();
        ledger.respond(ctx, 201, () -> {
            try {
                return auth.users().add(username, displayName, password, roles, endpoint, callerId, actor);
            } catch (WeakPasswordException e) {
                throw new RejectedRequestException(ApiError.badRequest("password",
                        Objects.requireNonNullElse(e.getMessage(), "the password is too weak")));
            } catch (IllegalArgumentException e) {
                throw new RejectedRequestException(ApiError.badRequest(null,
                        Objects.requireNonNullElse(e.getMessage(), "the user cannot be created as given")));
            }
        }, UserJson::user);
    }

    private void disableUser(RoutingContext ctx) {
        long id = id(ctx);
        String actor = Access.user(ctx).username();
        ledger.respond(ctx, () -> auth.users().disable(id, actor), UserJson::user);
    }

    private void createToken(RoutingContext ctx) {
        JsonObject body = JsonBodies.object(ctx.request().getHeader("content-type"), ctx.body().buffer(),
                Set.of("name", "roles"));
        String name = JsonBodies.requiredString(body, "name");
        Set<Role> roles = JsonBodies.roles(body, "roles");
        String actor = Access.user(ctx).username();
        ledger.respond(ctx, 201, () -> {
            try {
                return auth.tokens().create(name, roles, actor);
            } catch (IllegalArgumentException e) {
                throw new RejectedRequestException(ApiError.badRequest("name",
                        Objects.requireNonNullElse(e.getMessage(), "the token name is not valid")));
            }
        }, (ApiTokenService.CreatedToken created) -> UserJson.token(created.stored()).put("token", created.token()));
    }

    private void revokeToken(RoutingContext ctx) {
        long id = id(ctx);
        String actor = Access.user(ctx).username();
        ledger.respond(ctx, () -> auth.tokens().revoke(id, actor),
                revoked -> new JsonObject().put("id", id).put("revoked", true)
                        .put("alreadyRevoked", !revoked));
    }

    private static long id(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        if (raw != null && raw.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(raw);
        }
        throw new RejectedRequestException(ApiError.badRequest("id", "id must be a positive whole number"));
    }
}
