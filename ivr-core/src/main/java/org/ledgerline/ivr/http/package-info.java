/**
 * Vert.x Web routes: health, readiness and Prometheus metrics ({@link org.ledgerline.ivr.http.HttpVerticle}),
 * and the back-office JSON API for disputes ({@link org.ledgerline.ivr.http.DisputeRoutes}) with its
 * request parsing, JSON mapping and error shape. Search and playback routes join here.
 */
@NullMarked
package org.ledgerline.ivr.http;

import org.jspecify.annotations.NullMarked;
