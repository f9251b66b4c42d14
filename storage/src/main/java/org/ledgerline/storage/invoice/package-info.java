/**
 * Invoices and their open balances: what a caller owes and since when. Amounts are {@link
 * java.math.BigDecimal} in the invoice's currency.
 */
@NullMarked
package org.ledgerline.storage.invoice;

import org.jspecify.annotations.NullMarked;
