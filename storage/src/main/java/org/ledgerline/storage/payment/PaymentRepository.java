package org.ledgerline.storage.payment;

import java.util.Optional;

/** Posts and reads card payments taken by phone. */
public interface PaymentRepository {
    /**
     * Posts a captured payment exactly once: in one transaction, writes the payment with a new
     * confirmation number, its allocations, reduces each invoice's open balance (status
     * {@code PARTIALLY_PAID}, or {@code PAID} at zero; a disputed invoice stays {@code DISPUTED} until
     * paid in full) and appends the audit line {@code PAYMENT_POSTED}. Joins the caller's transaction
     * if there is one.
     *
     * <p>If a payment with the same idempotency key was already posted (by a retry, or by a
     * concurrent post that committed first), nothing is written and that original payment is
     * returned, with its confirmation number.
     *
     * @throws AllocationRefusedException an allocation does not fit; nothing was written
     * @throws org.ledgerline.storage.jdbc.IdempotencyConflictException the key was used for a payment
     *     of another account, amount or currency
     */
    PostedPayment post(NewPayment payment);

    /** The payment posted under this idempotency key, if any. */
    Optional<PostedPayment> findByIdempotencyKey(String idempotencyKey);

    /** The payment with this confirmation number, if any. */
    Optional<PostedPayment> findByConfirmationNumber(String confirmationNumber);
}
