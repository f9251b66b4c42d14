package org.ledgerline.storage.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A telephone call about one debt, to record. A call about several debts is recorded once per debt,
 * each with its own idempotency key (e.g. {@code <uniqueid>/<accountId>}).
 *
 * @param phoneNumber the number dialled (outbound) or calling in (inbound), digits only
 * @param collectorUserId the back-office user who made or took the call; null when none did
 * @param collectorCallId the collector call record it belongs to, if any
 * @param startedAt when the call was placed (inbound: when it reached a person)
 * @param gate the gate's verdict: required for outbound calls, null for inbound ones
 * @param disposition how it ended so far; null exactly when the gate denied the call (never placed)
 */
public record NewCallAttempt(
        String idempotencyKey,
        long accountId,
        AttemptDirection direction,
        String phoneNumber,
        @Nullable Long collectorUserId,
        @Nullable Long collectorCallId,
        Instant startedAt,
        @Nullable Instant answeredAt,
        @Nullable Instant endedAt,
        @Nullable GateVerdict gate,
        @Nullable AttemptDisposition disposition) {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{3,20}");

    public NewCallAttempt {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A call attempt needs an idempotency key");
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(startedAt, "startedAt");
        if (phoneNumber == null || !DIGITS.matcher(phoneNumber).matches()) {
            throw new IllegalArgumentException("A call attempt's number is stored as digits only");
        }
        if ((direction == AttemptDirection.OUTBOUND) != (gate != null)) {
            throw new IllegalArgumentException("Outbound calls carry the gate's verdict; inbound calls none");
        }
        boolean denied = gate != null && !gate.allowed();
        if (denied != (disposition == null)) {
            throw new IllegalArgumentException("Only a call the gate denied has no disposition");
        }
        if (denied && answeredAt != null) {
            throw new IllegalArgumentException("A denied call was never placed, so never answered");
        }
    }

    /** An outbound call the gate allowed, just placed: it already counts, outcome not yet known. */
    public static NewCallAttempt placed(String idempotencyKey, long accountId, String phoneNumber,
            long collectorUserId, @Nullable Long collectorCallId, Instant at) {
        return new NewCallAttempt(idempotencyKey, accountId, AttemptDirection.OUTBOUND, phoneNumber, collectorUserId,
                collectorCallId, at, null, null, GateVerdict.allow(), AttemptDisposition.IN_PROGRESS);
    }

    /** An outbound call the gate refused: kept for the audit trail, never counted. */
    public static NewCallAttempt denied(String idempotencyKey, long accountId, String phoneNumber,
            long collectorUserId, @Nullable Long collectorCallId, Instant at, String reasonCode) {
        return new NewCallAttempt(idempotencyKey, accountId, AttemptDirection.OUTBOUND, phoneNumber, collectorUserId,
                collectorCallId, at, null, at, GateVerdict.deny(reasonCode), null);
    }

    /** A call the customer placed to us that reached a person. */
    public static NewCallAttempt inbound(String idempotencyKey, long accountId, String phoneNumber,
            @Nullable Long collectorUserId, Instant answeredAt, AttemptDisposition disposition) {
        return new NewCallAttempt(idempotencyKey, accountId, AttemptDirection.INBOUND, phoneNumber, collectorUserId,
                null, answeredAt, answeredAt, null, null, disposition);
    }
}
