/**
 * Vert.x Web routes: health, readiness and Prometheus metrics ({@link org.ledgerline.ivr.http.HttpVerticle}),
 * the back office's security ({@link org.ledgerline.ivr.http.SecuredRoutes}: every route declares its
 * {@link org.ledgerline.ivr.http.Access}; session cookie or API token; {@link org.ledgerline.ivr.http.Csrf}),
 * sign-in and admin routes, server-rendered pages ({@link org.ledgerline.ivr.http.PageRenderer},
 * Thymeleaf templates under {@code templates/}), and the back-office JSON API for disputes
 * ({@link org.ledgerline.ivr.http.DisputeRoutes}) with its request parsing, JSON mapping and error
 * shape. Pages are thin: a route gathers a view model from a feature service and hands it to a template.
 *
 * <p>Around every route: the {@link org.ledgerline.ivr.http.RequestLimits} (URI, query and body
 * limits, with {@link org.ledgerline.ivr.http.BodyLimits} for JSON and form bodies), the
 * {@link org.ledgerline.ivr.http.SecurityHeaders} of every answer, and optional HTTPS
 * ({@link org.ledgerline.ivr.http.HttpTls}). The API describes itself: the OpenAPI document and
 * Swagger UI ({@link org.ledgerline.ivr.http.ApiDocsRoutes}).
 */
@NullMarked
package org.ledgerline.ivr.http;

import org.jspecify.annotations.NullMarked;
