package org.ledgerline.storage.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A promise to pay to record. The window of acceptable dates is a domain rule checked before this.
 *
 * @param promisedFor the customer's local date by which the amount will be paid
 * @param invoiceIds the invoices the promise covers, all on {@code accountId}; may be empty for a
 *     promise against the account as a whole
 * @param callId the call it was made in ({@code calls.call_id}), may be null
 */
public record NewPromise(
        String idempotencyKey,
        long accountId,
        BigDecimal amount,
        String currency,
        LocalDate promisedFor,
        List<Long> invoiceIds,
        String callId) {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public NewPromise {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A promise needs an idempotency key");
        }
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(promisedFor, "promisedFor");
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new IllegalArgumentException("A promise is a positive amount with at most two decimals");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("Currency must be an ISO 4217 code");
        }
        invoiceIds = invoiceIds.stream().distinct().sorted().toList();
    }
}
