package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;

/**
 * A set of routes that {@link HttpVerticle} mounts next to its own (the dispute API, later the
 * disputes desk, search and playback). Mounted once, on the verticle's event loop, when it starts.
 */
public interface RouteGroup {
    /**
     * Adds the group's routes through {@code routes}, each with the {@link Access} it allows, and any
     * navigation entries through {@code routes.pages()}.
     */
    void mount(Vertx vertx, SecuredRoutes routes);
}
