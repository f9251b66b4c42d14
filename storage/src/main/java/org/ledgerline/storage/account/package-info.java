/**
 * Receivables accounts: how a caller is identified (account number, caller ID, PIN hash) and the
 * PIN lockout that survives across calls. PINs are only ever held as bcrypt hashes ({@link
 * org.ledgerline.storage.account.PinHasher}). Every counted PIN outcome is a {@code pin_attempts}
 * row under the call's idempotency key (never the digits keyed), so a retried write counts once.
 */
@NullMarked
package org.ledgerline.storage.account;

import org.jspecify.annotations.NullMarked;
