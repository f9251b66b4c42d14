package org.ledgerline.ivr.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.user.ApiToken;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.Role;

/** JSON views of users and tokens. Never a password hash, a session id or a token digest. */
final class UserJson {
    private UserJson() {}

    static JsonObject signedIn(SignedInUser user) {
        return new JsonObject()
                .put("id", user.id())
                .put("username", user.username())
                .put("displayName", user.displayName())
                .put("roles", roles(user.roles()))
                .put("endpoint", user.endpoint().orElse(null));
    }

    static JsonObject user(BackOfficeUser user) {
        return new JsonObject()
                .put("id", user.id())
                .put("username", user.username())
                .put("displayName", user.displayName())
                .put("active", user.active())
                .put("roles", roles(user.roles()))
                .put("endpoint", user.endpoint().orElse(null))
                .put("callerId", user.callerId().orElse(null))
                .put("createdAt", text(user.createdAt()))
                .put("lastSignInAt", text(user.lastSignInAt()))
                .put("lockedUntil", text(user.lockedUntil()));
    }

    static JsonObject token(ApiToken token) {
        return new JsonObject()
                .put("id", token.id())
                .put("name", token.name())
                .put("roles", roles(token.roles()))
                .put("createdBy", token.createdBy())
                .put("createdAt", text(token.createdAt()))
                .put("revokedAt", text(token.revokedAt()))
                .put("lastUsedAt", text(token.lastUsedAt()));
    }

    static JsonArray roles(Set<Role> roles) {
        return new JsonArray(roles.stream().map(Role::dbName).sorted().toList());
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
