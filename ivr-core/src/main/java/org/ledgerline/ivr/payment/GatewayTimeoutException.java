package org.ledgerline.ivr.payment;

import org.jspecify.annotations.Nullable;

/**
 * The gateway did not answer in time, so whether the request took effect is unknown. Never answer
 * this by sending a new charge: ask {@link PaymentGateway#lookup} with the same idempotency key
 * (what {@link CardChargeService} does). The message names the operation and the idempotency key
 * only; adapters must not chain a cause whose message quotes a request body.
 */
public final class GatewayTimeoutException extends Exception {
    private final String idempotencyKey;

    public GatewayTimeoutException(String operation, String idempotencyKey) {
        this(operation, idempotencyKey, null);
    }

    public GatewayTimeoutException(String operation, String idempotencyKey, @Nullable Throwable cause) {
        super("payment gateway did not answer " + operation + " in time for attempt " + idempotencyKey, cause);
        this.idempotencyKey = idempotencyKey;
    }

    /** The attempt whose fate is unknown: the key to look up. */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
