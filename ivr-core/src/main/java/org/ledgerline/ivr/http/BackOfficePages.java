package org.ledgerline.ivr.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.HashMap;
import java.util.Map;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.user.Role;

/**
 * The back office's own pages and files: the home page {@code /} (the areas the user's roles
 * open), the stylesheet and scripts under {@code /assets/*} (from {@code assets/} on the classpath)
 * and Maven webjars under {@code /webjars/*}. Assets and webjars are public: the sign-in page needs
 * its stylesheet before anyone is signed in, and none of them holds data.
 */
final class BackOfficePages {
    void mount(SecuredRoutes routes) {
        routes.get("/", Access.anySignedIn(), BackOfficePages::home);
        routes.get("/assets/*", Access.PUBLIC, StaticHandler.create("assets").setCachingEnabled(true));
        routes.get("/webjars/*", Access.PUBLIC, StaticHandler.create("META-INF/resources/webjars"));
    }

    private static void home(RoutingContext ctx) {
        SignedInUser user = Access.user(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Home");
        model.put("roles", String.join(", ", user.roles().stream().map(Role::dbName).sorted().toList()));
        model.put("admin", user.has(Role.ADMIN));
        PageRenderer.render(ctx, "home", model);
    }
}
