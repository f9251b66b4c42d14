package org.ledgerline.ivr.payment;

import java.util.Objects;
import org.ledgerline.ivr.payment.card.CardDetails;

/**
 * One payment attempt sent to the {@link PaymentGateway}. The {@code idempotencyKey} names the
 * attempt: sending the same key again can never move money twice. A new card after a decline is a
 * new attempt and needs a new key (for example the call id plus the attempt number).
 */
public record ChargeRequest(String idempotencyKey, PaymentAmount amount, CardDetails card) {

    public ChargeRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(card, "card");
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("an idempotency key must not be blank");
        }
    }

    /** Masked: the card shows as brand and last four only. */
    @Override
    public String toString() {
        return "ChargeRequest[" + idempotencyKey + ", " + amount + ", " + card + "]";
    }
}
