package org.ledgerline.ivr.payment;

import java.util.Optional;

/**
 * The port to a card payment gateway: authorize (hold the money), capture (take it), and look up what
 * happened under an idempotency key. Adapters are named for their technology, such as
 * {@link SandboxPaymentGateway}.
 *
 * <p>The contract every adapter keeps:
 * <ul>
 *   <li><b>Idempotent by key.</b> Repeating {@code authorize} or {@code capture} with the same key
 *       returns the first result and never moves money again.
 *   <li><b>Lookup is authoritative.</b> Once a call under a key has timed out, {@code lookup(key)}
 *       reports what the gateway did with it; an empty answer means nothing was done and nothing will
 *       be, so the attempt may safely be retried with the same key.
 *   <li><b>Nothing sensitive comes back.</b> Results carry only token, brand, last four digits,
 *       expiry month/year and authorization code; exception messages never quote card data.
 *   <li><b>Blocking and thread-safe.</b> Called from the call's virtual thread; adapters bound every
 *       request with their own timeout and report it as {@link GatewayTimeoutException}.
 * </ul>
 */
public interface PaymentGateway {

    /**
     * Asks the issuer to approve and hold {@code request.amount()} on the card.
     *
     * @throws GatewayTimeoutException when no answer came in time; resolve with {@link #lookup}
     */
    GatewayResult authorize(ChargeRequest request) throws GatewayTimeoutException;

    /**
     * Takes the full amount held by the approved authorization made under {@code idempotencyKey}.
     * Capturing again returns the same approval without taking the money twice.
     *
     * @throws GatewayTimeoutException when no answer came in time; resolve with {@link #lookup}
     * @throws IllegalStateException when there is no approved authorization under the key
     */
    GatewayResult.Approved capture(String idempotencyKey) throws GatewayTimeoutException;

    /**
     * What the gateway holds under {@code idempotencyKey}: empty when no request under it took effect.
     *
     * @throws GatewayTimeoutException when the gateway could not be asked either
     */
    Optional<GatewayRecord> lookup(String idempotencyKey) throws GatewayTimeoutException;
}
