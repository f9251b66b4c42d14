package org.ledgerline.ivr.payment;

import java.util.Objects;

/**
 * What a gateway holds under one idempotency key, as {@link PaymentGateway#lookup} reports it: the
 * authorization's result and whether the money was captured. Only an approval can be captured.
 */
public record GatewayRecord(GatewayResult result, boolean captured) {

    public GatewayRecord {
        Objects.requireNonNull(result, "result");
        if (captured && !(result instanceof GatewayResult.Approved)) {
            throw new IllegalArgumentException("only an approved authorization can be captured");
        }
    }
}
