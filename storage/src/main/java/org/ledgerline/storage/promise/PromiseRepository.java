package org.ledgerline.storage.promise;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Records promises to pay and settles them. */
public interface PromiseRepository {
    /**
     * Records a promise exactly once: in one transaction, the promise with a new reference number,
     * its covered invoices and the audit line {@code PROMISE_RECORDED}. Recording the same
     * idempotency key again (a retry, or a concurrent record that committed first) writes nothing and
     * returns the promise recorded first.
     *
     * @throws PromiseRefusedException a covered invoice is unknown or on another account
     * @throws org.ledgerline.storage.jdbc.IdempotencyConflictException the key was used for a promise
     *     of another account, amount or date
     */
    Promise record(NewPromise promise);

    Optional<Promise> findByIdempotencyKey(String idempotencyKey);

    Optional<Promise> findByReferenceNumber(String referenceNumber);

    /** The account's promises, newest first, at most {@code limit} (the collector's desk lists them). */
    List<Promise> findByAccount(long accountId, int limit);

    /** Pending promises whose date is on or before {@code asOf}, earliest first. */
    List<Promise> findDue(LocalDate asOf);

    /**
     * The scheduled job's work, in one transaction:
     * <ul>
     *   <li>every pending promise is marked {@code KEPT} once the account's captured payments in the
     *       promise's currency, paid at or after the promise was made and on or before its date (in
     *       the customer's time zone), add up to at least the promised amount. A payment counts for
     *       every pending promise of the account whose window it falls in;
     *   <li>every promise still pending whose date is before {@code asOf} is marked {@code BROKEN},
     *       audited, and gets one alert of kind {@code PROMISE_BROKEN} with idempotency key
     *       {@code promise-broken:<id>}.
     * </ul>
     * Running it again, or on two nodes at once, changes nothing more and raises no second alert.
     *
     * @param asOf today's date: a promise for yesterday that is not covered is broken
     */
    PromiseSettlement settle(LocalDate asOf);
}
