package org.ledgerline.storage.payment;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A captured card payment to post. The allocations are decided by the caller (the domain owns the
 * allocation rule); they must add up to {@code amount}.
 *
 * @param idempotencyKey the key the gateway was charged with; posting the same key again returns
 *     the payment posted first
 * @param gatewayToken the gateway's reference for the charge, never the card number
 * @param authorizationCode the gateway's authorization code, may be null
 * @param callId the call that took the payment ({@code calls.call_id}), may be null
 */
public record NewPayment(
        String idempotencyKey,
        long accountId,
        BigDecimal amount,
        String currency,
        String gatewayToken,
        @Nullable String authorizationCode,
        StoredCard card,
        @Nullable String callId,
        List<Allocation> allocations) {
    /** A run of 13 or more digits could be a card number; the schema refuses it too. */
    private static final Pattern CARD_LIKE = Pattern.compile("[0-9]{13,}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public NewPayment {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A payment needs an idempotency key");
        }
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(card, "card");
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new IllegalArgumentException("A payment is a positive amount with at most two decimals");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("Currency must be an ISO 4217 code");
        }
        if (gatewayToken == null || gatewayToken.isBlank()) {
            throw new IllegalArgumentException("A posted payment needs the gateway's token");
        }
        // Messages name the field only: the value might be exactly what must never be logged.
        if (CARD_LIKE.matcher(gatewayToken).find()) {
            throw new IllegalArgumentException("The gateway token looks like a card number; refusing to store it");
        }
        if (authorizationCode != null && CARD_LIKE.matcher(authorizationCode).find()) {
            throw new IllegalArgumentException("The authorization code looks like a card number; refusing to store it");
        }
        allocations = List.copyOf(allocations);
        if (allocations.isEmpty()) {
            throw new IllegalArgumentException("A payment must be allocated to at least one invoice");
        }
        Set<Long> invoices = new HashSet<>();
        for (Allocation allocation : allocations) {
            if (!invoices.add(allocation.invoiceId())) {
                throw new IllegalArgumentException("An invoice may appear only once in a payment's allocations");
            }
        }
    }

    /** The sum of the allocations, which {@link PaymentRepository#post} requires to equal {@link #amount()}. */
    public BigDecimal allocatedTotal() {
        return allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
