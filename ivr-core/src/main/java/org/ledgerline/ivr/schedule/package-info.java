/**
 * Background work on a schedule: the one way a node runs a blocking job again and again on a
 * thread of its own (the mail outbox's delivery, the promises' settlement), kept alive through
 * failures and stopped cleanly at shutdown. Plain Java, no Vert.x: features may use it.
 */
@NullMarked
package org.ledgerline.ivr.schedule;

import org.jspecify.annotations.NullMarked;
