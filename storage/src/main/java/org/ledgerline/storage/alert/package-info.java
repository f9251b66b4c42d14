/**
 * Alerts for people in the back office (e.g. a broken promise to pay). Raising is idempotent per
 * key, so a job that runs twice never raises the same alert twice.
 */
@NullMarked
package org.ledgerline.storage.alert;

import org.jspecify.annotations.NullMarked;
