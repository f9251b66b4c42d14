/**
 * Promises to pay: recorded once per idempotency key with the invoices they cover, and settled by a
 * scheduled job as kept (payments covered them by the date) or broken (the date passed without),
 * raising one alert per broken promise.
 */
@NullMarked
package org.ledgerline.storage.promise;

import org.jspecify.annotations.NullMarked;
