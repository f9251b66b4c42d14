/**
 * Outgoing email: the escalation notice queued in the mail outbox (in the escalation's
 * transaction), the worker that delivers the outbox with retries and back-off, and the SMTP adapter
 * it sends through (the Vert.x mail client, blocking only the worker's own thread, never an event loop).
 */
@NullMarked
package org.ledgerline.ivr.mail;

import org.jspecify.annotations.NullMarked;
