package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * A set of routes that {@link HttpVerticle} mounts next to its operations endpoints (the back-office
 * API, later search and playback). Mounted once, on the verticle's event loop, when it starts.
 */
public interface RouteGroup {
    /** Adds the group's routes (and any failure handlers for its own paths) to {@code router}. */
    void mount(Vertx vertx, Router router);
}
