/**
 * Vert.x Web routes. Today: health, readiness and Prometheus metrics; the back office, search and
 * playback routes join here.
 */
package org.ledgerline.ivr.http;
