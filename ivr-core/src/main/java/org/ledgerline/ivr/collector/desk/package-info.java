/**
 * The collector's desk, as plain Java: the signed-in collector's worklist in priority order with
 * whether each account may be called now (the compliance gate's answer, and when next if not), one
 * account with its invoices, promises, disputes, flags and past calls, and the forms a collector
 * fills in during or right after a call (a promise to pay, a dispute, a flag), each linked to the
 * call and written exactly once under the form's own idempotency key. The http package serves these
 * ({@code CollectorDeskRoutes}); nothing here knows HTTP or templates.
 */
@NullMarked
package org.ledgerline.ivr.collector.desk;

import org.jspecify.annotations.NullMarked;
