/**
 * The mail outbox (table {@code mail_outbox}): outgoing emails written in the same transaction as
 * the change that causes them, claimed by delivery workers with {@code FOR UPDATE SKIP LOCKED},
 * retried with back-off, and marked {@code FAILING} (with one alert) when they keep failing.
 */
@NullMarked
package org.ledgerline.storage.mail;

import org.jspecify.annotations.NullMarked;
