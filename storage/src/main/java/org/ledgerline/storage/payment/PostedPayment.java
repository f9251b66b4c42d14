package org.ledgerline.storage.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A payment as the ledger holds it after posting.
 *
 * @param confirmationNumber digits only, read to the caller digit by digit
 * @param card the card it was paid with; null for a payment that did not come through the phone
 * @param allocations ordered by invoice id
 */
public record PostedPayment(
        long id,
        String idempotencyKey,
        long accountId,
        BigDecimal amount,
        String currency,
        String confirmationNumber,
        String gatewayToken,
        @Nullable String authorizationCode,
        @Nullable StoredCard card,
        @Nullable String callId,
        @Nullable Instant paidAt,
        List<Allocation> allocations) {
    public PostedPayment {
        allocations = List.copyOf(allocations);
    }
}
