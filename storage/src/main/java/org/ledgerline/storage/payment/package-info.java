/**
 * Payments taken by phone and their allocation to invoices. Posting is exactly-once per idempotency
 * key and reduces the invoices' open balances in the same transaction. Only what the gateway gives
 * back (token, authorization code, brand, last four digits, expiry month/year) is stored, never a
 * card number or security code.
 */
@NullMarked
package org.ledgerline.storage.payment;

import org.jspecify.annotations.NullMarked;
