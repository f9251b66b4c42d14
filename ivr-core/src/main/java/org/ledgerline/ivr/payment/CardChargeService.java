package org.ledgerline.ivr.payment;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one card payment through the {@link PaymentGateway}, authorize then capture, and resolves
 * gateway timeouts without ever charging twice.
 *
 * <p>The timeout rule: a timed-out call is never answered with a fresh charge. The service asks
 * {@link PaymentGateway#lookup} under the same idempotency key, up to {@code lookupAttempts} times:
 * <ul>
 *   <li>the gateway holds a result: carry on from it (a decline is a decline; an approval not yet
 *       captured is captured, which by the port's contract cannot take the money twice);
 *   <li>the gateway holds nothing: {@link ChargeOutcome.NotCharged}, no money moved;
 *   <li>every lookup timed out too: {@link ChargeOutcome.Unknown}, the caller is told the payment was
 *       not confirmed and the key is logged for reconciliation.
 * </ul>
 * A capture that times out is resolved the same way; if the authorization is still uncaptured, the
 * capture is repeated under the same key within the same budget of attempts.
 *
 * <p>Holds no state between attempts; one instance serves every call. The caller owns the card
 * details and closes them after this returns.
 */
public final class CardChargeService {
    /** Lookups tried after a timeout before the outcome is declared unknown. */
    public static final int DEFAULT_LOOKUP_ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(CardChargeService.class);

    private final PaymentGateway gateway;
    private final int lookupAttempts;

    public CardChargeService(PaymentGateway gateway) {
        this(gateway, DEFAULT_LOOKUP_ATTEMPTS);
    }

    public CardChargeService(PaymentGateway gateway, int lookupAttempts) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        if (lookupAttempts < 1) {
            throw new IllegalArgumentException("lookupAttempts must be at least 1");
        }
        this.lookupAttempts = lookupAttempts;
    }

    /** Authorizes and captures {@code request}; never throws for gateway timeouts, it resolves them. */
    public ChargeOutcome charge(ChargeRequest request) {
        String key = request.idempotencyKey();
        GatewayRecord state;
        try {
            state = new GatewayRecord(gateway.authorize(request), false);
        } catch (GatewayTimeoutException timeout) {
            LOG.info("Payment attempt {}: authorize timed out, looking it up", key);
            Lookup lookup = lookUp(key);
            if (!lookup.answered()) {
                return unknown(key);
            }
            if (lookup.record().isEmpty()) {
                LOG.info("Payment attempt {}: the gateway confirms nothing was charged", key);
                return new ChargeOutcome.NotCharged(key);
            }
            state = lookup.record().get();
        }
        return switch (state.result()) {
            case GatewayResult.Declined declined -> new ChargeOutcome.Declined(declined.reason());
            case GatewayResult.Approved approved ->
                state.captured() ? new ChargeOutcome.Charged(approved) : capture(key, approved);
        };
    }

    private ChargeOutcome capture(String key, GatewayResult.Approved authorized) {
        for (int attempt = 1; attempt <= lookupAttempts; attempt++) {
            try {
                return new ChargeOutcome.Charged(gateway.capture(key));
            } catch (GatewayTimeoutException timeout) {
                LOG.info("Payment attempt {}: capture timed out, looking it up", key);
                Lookup lookup = lookUp(key);
                if (!lookup.answered()) {
                    return unknown(key);
                }
                if (lookup.record().isEmpty()) {
                    // The gateway forgot an approval it gave: its books cannot be trusted for this key.
                    return unknown(key);
                }
                if (lookup.record().get().captured()) {
                    return new ChargeOutcome.Charged(authorized);
                }
            }
        }
        return unknown(key);
    }

    private Lookup lookUp(String key) {
        for (int attempt = 1; attempt <= lookupAttempts; attempt++) {
            try {
                return new Lookup(true, gateway.lookup(key));
            } catch (GatewayTimeoutException timeout) {
                LOG.info("Payment attempt {}: lookup {} of {} timed out", key, attempt, lookupAttempts);
            }
        }
        return new Lookup(false, Optional.empty());
    }

    private static ChargeOutcome unknown(String key) {
        LOG.warn("Payment attempt {}: the gateway could not confirm the outcome; reconcile this key", key);
        return new ChargeOutcome.Unknown(key);
    }

    /** A lookup's answer, or {@code answered == false} when every try timed out. */
    private record Lookup(boolean answered, Optional<GatewayRecord> record) {}
}
