/**
 * Promise to pay by phone: the caller keys an amount and a date within the allowed window, hears
 * them read back, confirms, and hears a reference; the promise is written once per idempotency key
 * with the invoices it covers. Also the scheduled job that settles promises as kept or broken.
 */
@NullMarked
package org.ledgerline.ivr.promise;

import org.jspecify.annotations.NullMarked;
