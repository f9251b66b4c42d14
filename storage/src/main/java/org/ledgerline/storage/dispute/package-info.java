/**
 * Disputes of invoices: opened once per idempotency key with a reason code (flagging the invoice
 * {@code DISPUTED} so reminders skip it), escalated, searched and reported on by the back office,
 * and closed as resolved or rejected (restoring the invoice). Every change is audited.
 */
@NullMarked
package org.ledgerline.storage.dispute;

import org.jspecify.annotations.NullMarked;
