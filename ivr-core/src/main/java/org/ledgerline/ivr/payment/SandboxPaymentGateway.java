package org.ledgerline.ivr.payment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.payment.card.CardBrand;

/**
 * An in-memory gateway for development, demos and tests: deterministic answers per
 * {@link SandboxTestCard} (any other number is declined as {@link DeclineReason#INVALID_CARD}),
 * idempotent by key, and thread-safe. It counts the authorizations it approved and the captures it
 * made, so a test can prove that retries never moved money twice. It keeps no card digits: per key
 * it holds the result and the payment's amount, brand and last four (to refuse a key reused for a
 * different payment).
 */
public final class SandboxPaymentGateway implements PaymentGateway {

    /** What the sandbox remembers under one idempotency key. */
    private static final class Entry {
        final GatewayResult result;
        final PaymentAmount amount;
        final CardBrand brand;
        final String last4;
        boolean captured;
        boolean captureTimesOut;

        Entry(GatewayResult result, ChargeRequest request) {
            this.result = result;
            this.amount = request.amount();
            this.brand = request.card().brand();
            this.last4 = request.card().last4();
        }

        boolean isSamePayment(ChargeRequest request) {
            return amount.equals(request.amount())
                    && brand == request.card().brand()
                    && last4.equals(request.card().last4());
        }
    }

    private final Object lock = new Object();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Set<String> unreachableKeys = new HashSet<>();
    private int approvedAuthorizations;
    private int captures;

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when the key was already used for a different amount or card
     */
    @Override
    public GatewayResult authorize(ChargeRequest request) throws GatewayTimeoutException {
        String key = request.idempotencyKey();
        synchronized (lock) {
            if (unreachableKeys.contains(key)) {
                throw new GatewayTimeoutException("authorize", key);
            }
            Entry existing = entries.get(key);
            if (existing != null) {
                if (!existing.isSamePayment(request)) {
                    throw new IllegalStateException("idempotency key " + key + " was used for a different payment");
                }
                return existing.result;
            }
            Optional<SandboxTestCard> testCard = SandboxTestCard.find(request.card().number());
            if (testCard.isEmpty()) {
                return record(key, new GatewayResult.Declined(DeclineReason.INVALID_CARD), request).result;
            }
            SandboxTestCard card = testCard.get();
            return switch (card.behaviour()) {
                case APPROVE -> record(key, approve(request), request).result;
                case DECLINE -> record(key, new GatewayResult.Declined(
                        Objects.requireNonNull(card.declineReason(), "every DECLINE test card names its reason")),
                        request).result;
                case CAPTURE_TIMES_OUT_ONCE -> {
                    Entry entry = record(key, approve(request), request);
                    entry.captureTimesOut = true;
                    yield entry.result;
                }
                case TIMEOUT_AFTER_APPROVING -> {
                    record(key, approve(request), request);
                    throw new GatewayTimeoutException("authorize", key);
                }
                case TIMEOUT_WITHOUT_RECORDING -> throw new GatewayTimeoutException("authorize", key);
                case UNREACHABLE -> {
                    unreachableKeys.add(key);
                    throw new GatewayTimeoutException("authorize", key);
                }
            };
        }
    }

    @Override
    public GatewayResult.Approved capture(String idempotencyKey) throws GatewayTimeoutException {
        synchronized (lock) {
            if (unreachableKeys.contains(idempotencyKey)) {
                throw new GatewayTimeoutException("capture", idempotencyKey);
            }
            Entry entry = entries.get(idempotencyKey);
            if (entry == null || !(entry.result instanceof GatewayResult.Approved approved)) {
                throw new IllegalStateException(
                        "no approved authorization under idempotency key " + idempotencyKey + " to capture");
            }
            if (!entry.captured) {
                entry.captured = true;
                captures++;
                if (entry.captureTimesOut) {
                    entry.captureTimesOut = false;
                    throw new GatewayTimeoutException("capture", idempotencyKey);
                }
            }
            return approved;
        }
    }

    @Override
    public Optional<GatewayRecord> lookup(String idempotencyKey) throws GatewayTimeoutException {
        synchronized (lock) {
            if (unreachableKeys.contains(idempotencyKey)) {
                throw new GatewayTimeoutException("lookup", idempotencyKey);
            }
            Entry entry = entries.get(idempotencyKey);
            return entry == null ? Optional.empty() : Optional.of(new GatewayRecord(entry.result, entry.captured));
        }
    }

    /** Authorizations approved so far, each key counted once however often it was sent. */
    public int approvedAuthorizations() {
        synchronized (lock) {
            return approvedAuthorizations;
        }
    }

    /** Captures made so far: money actually taken, each key counted once. */
    public int captures() {
        synchronized (lock) {
            return captures;
        }
    }

    private Entry record(String key, GatewayResult result, ChargeRequest request) {
        Entry entry = new Entry(result, request);
        entries.put(key, entry);
        return entry;
    }

    /** Deterministic token and authorization code from a sequence; nothing derived from card digits. */
    private GatewayResult.Approved approve(ChargeRequest request) {
        approvedAuthorizations++;
        int sequence = approvedAuthorizations;
        var card = request.card();
        return new GatewayResult.Approved(
                "sbx_tok_%06d".formatted(sequence),
                card.brand(),
                card.last4(),
                card.expiry().month(),
                card.expiry().year(),
                "SBX%03d".formatted(sequence % 1000));
    }
}
