package org.ledgerline.storage.promise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recorded promise to pay.
 *
 * @param referenceNumber digits only, read to the caller digit by digit
 * @param invoiceIds the covered invoices, ascending
 * @param resolvedAt when it was marked kept, broken or cancelled; null while pending
 */
public record Promise(
        long id,
        String referenceNumber,
        String idempotencyKey,
        long accountId,
        BigDecimal amount,
        String currency,
        LocalDate promisedFor,
        PromiseStatus status,
        List<Long> invoiceIds,
        String callId,
        Instant createdAt,
        @Nullable Instant resolvedAt) {
    public Promise {
        invoiceIds = List.copyOf(invoiceIds);
    }
}
