/**
 * Reference numbers a caller hears (payment confirmations, promise and dispute references): short,
 * digits only, unique across the ledger, with a check digit.
 */
package org.ledgerline.storage.reference;
