package org.ledgerline.storage.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;

/**
 * Every telephone call about a debt, both directions, with its outcome: what the call-frequency rule
 * counts (ivr-core's {@code ContactHistory} port reads {@link #callsAbout}).
 */
public interface CallAttemptRepository {

    /**
     * Records a call once per idempotency key: a retry returns the original row, even when it carries
     * a later time or another gate verdict (the first write stands).
     *
     * @throws IdempotencyConflictException the key already names a different call
     */
    CallAttempt record(NewCallAttempt attempt);

    /**
     * How a placed call ended. The first outcome wins: only a call still {@code IN_PROGRESS} changes,
     * so a replayed hang-up cannot rewrite it. Returns the attempt as stored afterwards.
     */
    CallAttempt recordOutcome(long attemptId, @Nullable Instant answeredAt, Instant endedAt,
            AttemptDisposition disposition);

    Optional<CallAttempt> findByIdempotencyKey(String idempotencyKey);

    /** Names the collector call an attempt belongs to; an attempt already linked keeps its link. */
    void linkCollectorCall(long attemptId, long collectorCallId);

    /**
     * The calls placed or taken about the account at or after {@code since}, oldest first; calls the
     * gate denied are left out (they were never placed).
     */
    List<CallAttempt> callsAbout(long accountId, Instant since);

    /** The attempts of one collector call (one per debt it was about). */
    List<CallAttempt> findByCollectorCall(long collectorCallId);
}
