package org.ledgerline.ivr.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.payment.NewPayment;
import org.ledgerline.storage.payment.PaymentRepository;
import org.ledgerline.storage.payment.PostedPayment;

/**
 * Payments kept in memory, exactly once per idempotency key as the JDBC repository keeps them; it
 * can be made to fail the next posts as an unreachable PostgreSQL does.
 */
final class FakePaymentRepository implements PaymentRepository {
    private final Map<String, PostedPayment> byKey = new LinkedHashMap<>();
    private final List<String> postCalls = new ArrayList<>();
    private int failuresLeft;
    private long nextId = 1;

    /** The next {@code count} posts throw {@link LedgerUnavailableException}. */
    FakePaymentRepository failNextPosts(int count) {
        failuresLeft = count;
        return this;
    }

    /** Every post was asked for, in order (keys), including failed and repeated ones. */
    List<String> postCalls() {
        return List.copyOf(postCalls);
    }

    List<PostedPayment> posted() {
        return List.copyOf(byKey.values());
    }

    @Override
    public synchronized PostedPayment post(NewPayment payment) {
        postCalls.add(payment.idempotencyKey());
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new LedgerUnavailableException("ledger is down (test)", null);
        }
        return byKey.computeIfAbsent(payment.idempotencyKey(), key -> {
            long id = nextId++;
            return new PostedPayment(id, key, payment.accountId(), payment.amount(), payment.currency(),
                    "7000" + id, payment.gatewayToken(), payment.authorizationCode(), payment.card(), payment.callId(),
                    Instant.EPOCH, payment.allocations());
        });
    }

    @Override
    public synchronized Optional<PostedPayment> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(byKey.get(idempotencyKey));
    }

    @Override
    public synchronized Optional<PostedPayment> findByConfirmationNumber(String confirmationNumber) {
        return byKey.values().stream().filter(p -> p.confirmationNumber().equals(confirmationNumber)).findFirst();
    }
}
