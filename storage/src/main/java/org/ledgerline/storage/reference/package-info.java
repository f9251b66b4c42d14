/**
 * Reference numbers a caller hears (payment confirmations, promise and dispute references): short,
 * digits only, unique across the ledger, with a check digit.
 */
@NullMarked
package org.ledgerline.storage.reference;

import org.jspecify.annotations.NullMarked;
