/**
 * Disputing an invoice by phone: the caller picks the invoice and a reason code, may record a
 * description, confirms and hears a reference; the dispute (and its recording) is written once per
 * idempotency key and flags the invoice. Escalation rules then decide whether the credit manager is
 * told (through the {@link org.ledgerline.ivr.dispute.EscalationNotifier} port) and whether the
 * caller goes straight to a person.
 */
@NullMarked
package org.ledgerline.ivr.dispute;

import org.jspecify.annotations.NullMarked;
