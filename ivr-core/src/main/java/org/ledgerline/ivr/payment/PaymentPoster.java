package org.ledgerline.ivr.payment;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.alert.AlertRepository;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.payment.AllocationRefusedException;
import org.ledgerline.storage.payment.NewPayment;
import org.ledgerline.storage.payment.PaymentRepository;
import org.ledgerline.storage.payment.PostedPayment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a charge the gateway approved to the ledger, under the charge's own idempotency key, so a
 * retry (of this post, or of the whole call) lands once.
 *
 * <p>The money is already taken, so a failing ledger never leads to a second charge: the post is
 * tried {@link PaymentSettings#postAttempts()} times (a transient failure such as a lost connection
 * may heal); a refusal that cannot heal (the allocation no longer fits, the key belongs to another
 * payment) is not retried. If it still has not posted, the outcome is {@link Posting.Delayed}: an
 * alert (once per key) names the gateway token, amount and key so a person can post it by hand,
 * and a WARN line carries the key. No card data goes into either.
 */
public final class PaymentPoster {
    /** Alert kind raised when an approved charge could not be posted. */
    public static final String ALERT_KIND = "PAYMENT_NOT_POSTED";

    private static final Logger LOG = LoggerFactory.getLogger(PaymentPoster.class);

    private final PaymentRepository payments;
    private final AlertRepository alerts;
    private final int attempts;
    private final Duration retryDelay;

    public PaymentPoster(PaymentRepository payments, AlertRepository alerts, PaymentSettings settings) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.attempts = settings.postAttempts();
        this.retryDelay = settings.postRetryDelay();
    }

    /** Where the ledger stands after posting. */
    public sealed interface Posting {
        /** Posted (now, or by an earlier try under the same key): read the confirmation number. */
        record Posted(PostedPayment payment) implements Posting {}

        /** The money was taken but the ledger has not recorded it; an alert asks a person to. */
        record Delayed() implements Posting {}
    }

    /**
     * Posts {@code payment}; never throws for ledger failures, it reports them as {@link Posting.Delayed}.
     *
     * @param customerId the customer, for the alert
     */
    public Posting post(NewPayment payment, long customerId) {
        String key = payment.idempotencyKey();
        @Nullable
        StorageException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return new Posting.Posted(payments.post(payment));
            } catch (AllocationRefusedException | IdempotencyConflictException cannotHeal) {
                last = cannotHeal;
                break;
            } catch (StorageException failed) {
                last = failed;
                LOG.info("Payment {}: ledger post {} of {} failed ({})", key, attempt, attempts,
                        failed.getClass().getSimpleName());
                if (attempt < attempts && !pause()) {
                    break;
                }
            }
        }
        Objects.requireNonNull(last, "payments.postAttempts is at least 1, so some attempt failed");
        String reason = last.getClass().getSimpleName() + ": " + last.getMessage();
        LOG.warn("Payment {}: charged at the gateway (token {}) but NOT posted to the ledger: {}; raising an alert",
                key, payment.gatewayToken(), reason);
        raiseAlert(payment, customerId, reason);
        return new Posting.Delayed();
    }

    private void raiseAlert(NewPayment payment, long customerId, String reason) {
        String message = "A card payment of " + payment.amount().toPlainString() + " " + payment.currency()
                + " was approved and captured by the gateway (token " + payment.gatewayToken() + ", idempotency key "
                + payment.idempotencyKey() + ") but could not be posted to the ledger (" + reason
                + "). Post it by hand with that key; do not charge the card again.";
        try {
            alerts.raise("payment-not-posted:" + payment.idempotencyKey(), ALERT_KIND, customerId, payment.accountId(),
                    "Card payment taken but not posted", message);
        } catch (StorageException alertFailed) {
            LOG.error(
                    "Payment {}: could not raise the reconciliation alert either ({}); reconcile gateway token {} by hand",
                    payment.idempotencyKey(), alertFailed.getClass().getSimpleName(), payment.gatewayToken());
        }
    }

    /** Waits before the next try; false when interrupted (the call is being torn down). */
    private boolean pause() {
        if (retryDelay.isZero()) {
            return true;
        }
        try {
            Thread.sleep(retryDelay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
