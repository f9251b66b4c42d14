/**
 * Vert.x Web routes: health, readiness and Prometheus metrics ({@link org.ledgerline.ivr.http.HttpVerticle}),
 * the back office's security ({@link org.ledgerline.ivr.http.SecuredRoutes}: every route declares its
 * {@link org.ledgerline.ivr.http.Access}; session cookie or API token; {@link org.ledgerline.ivr.http.Csrf}),
 * sign-in and admin routes, server-rendered pages ({@link org.ledgerline.ivr.http.PageRenderer},
 * Thymeleaf templates under {@code templates/}), and the back-office JSON API for disputes
 * ({@link org.ledgerline.ivr.http.DisputeRoutes}) with its request parsing, JSON mapping and error
 * shape. Pages are thin: a route gathers a view model from a feature service and hands it to a template.
 */
package org.ledgerline.ivr.http;
