package org.ledgerline.storage.dispute;

import java.math.BigDecimal;

/**
 * Disputes opened in a period for one reason code and currency (amounts of different currencies are
 * never added together).
 *
 * @param disputedAmount sum of the invoices' open balances when the disputes were opened
 * @param openBalance sum of the invoices' open balances now
 */
public record ReasonTotals(
        String reasonCode,
        String reasonDescription,
        String currency,
        long count,
        BigDecimal disputedAmount,
        BigDecimal openBalance) {}
