package org.ledgerline.ivr.http;

import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How the back office says no: JSON {@link ApiError}s under {@code /api}, pages elsewhere. Not
 * signed in: 401 (API) or 303 to the sign-in page with the page to return to. Signed in but not
 * allowed: 403 (API) or the 403 page.
 */
final class Refusals {
    private Refusals() {}

    static boolean isApi(RoutingContext ctx) {
        String path = ctx.request().path();
        return path.equals("/api") || path.startsWith("/api/");
    }

    static void notSignedIn(RoutingContext ctx) {
        if (isApi(ctx)) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"ledgerline\"");
            LedgerResponder.send(ctx, 401, new ApiError(401,
                    "sign in first (POST /api/session) or send Authorization: Bearer <API token>", null).toJson());
            return;
        }
        String back = ctx.request().method().name().equals("GET") ? ctx.request().uri() : "/";
        ctx.response().setStatusCode(303)
                .putHeader("Location",
                        "/sign-in?next=" + URLEncoder.encode(SafeRedirect.localPath(back), StandardCharsets.UTF_8))
                .putHeader("Cache-Control", "no-store")
                .end();
    }

    static void forbidden(RoutingContext ctx, String why) {
        if (isApi(ctx)) {
            LedgerResponder.send(ctx, 403, new ApiError(403, why, null).toJson());
            return;
        }
        PageRenderer pages = ctx.get(PageRenderer.KEY);
        pages.renderPage(ctx, 403, "forbidden", Map.of("title", "Not allowed", "reason", why));
    }

    static void unavailable(RoutingContext ctx) {
        ctx.response().putHeader("Retry-After", "5");
        if (isApi(ctx)) {
            LedgerResponder.send(ctx, 503, new ApiError(503,
                    "the ledger is unavailable right now; nothing was changed, try again shortly", null).toJson());
        } else {
            ctx.response().setStatusCode(503).putHeader("content-type", "text/plain; charset=utf-8")
                    .end("The ledger is unavailable right now. Try again shortly.");
        }
    }
}
