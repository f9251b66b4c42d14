/**
 * Receivables accounts: how a caller is identified (account number, caller ID, PIN hash) and the
 * PIN lockout that survives across calls. PINs are only ever held as bcrypt hashes ({@link
 * org.ledgerline.storage.account.PinHasher}).
 */
package org.ledgerline.storage.account;
