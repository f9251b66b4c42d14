package org.ledgerline.storage.collector;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;

/** The records of collector calls, written from the gate's decision and the AMI events that follow. */
public interface CollectorCallRepository {

    /**
     * Records a call once per idempotency key; a retry returns the original.
     *
     * @throws IdempotencyConflictException the key already names a call by another collector or to
     *     another number
     */
    CollectorCall record(NewCollectorCall call);

    /**
     * Records, once per key, a call click-to-dial has just originated: the collector's phone rings,
     * the early check allowed it and the dialplan's gate has not decided yet. The row names the call's
     * owner from the start, so every node can answer who placed it.
     *
     * @throws IllegalArgumentException the call is not allowed
     */
    CollectorCall recordOriginated(NewCollectorCall call);

    /**
     * Writes the dialplan gate's decision over click-to-dial's early one, once: only a row no gate has
     * decided yet changes (a retried gate keeps the first). A denied call ends at {@code decidedAt}.
     * A row written by {@link #record} already holds the gate's decision and is left as it is.
     */
    CollectorCall recordGateDecision(long collectorCallId, GateVerdict gate, boolean announced, Instant decidedAt);

    /** Whether the dialplan's gate has decided the call (false while only click-to-dial's early check has). */
    boolean gateChecked(long collectorCallId);

    /** The customer answered; the first answer wins. Returns the call as stored. */
    CollectorCall recordAnswer(long collectorCallId, Instant answeredAt);

    /** The call ended; the first end wins, so a replayed hang-up changes nothing. */
    CollectorCall recordEnd(long collectorCallId, Instant endedAt, AttemptDisposition disposition);

    Optional<CollectorCall> findById(long collectorCallId);

    Optional<CollectorCall> findByIdempotencyKey(String idempotencyKey);

    /** The calls sharing an Asterisk linkedid (the collector's leg and what it dialled). */
    List<CollectorCall> findByLinkedid(String linkedid);

    /** The collector's calls started at or after {@code since}, newest first. */
    List<CollectorCall> findByCollector(long collectorUserId, Instant since);

    /** The calls about an account, newest first, at most {@code limit}. */
    List<CollectorCall> findByAccount(long accountId, int limit);
}
