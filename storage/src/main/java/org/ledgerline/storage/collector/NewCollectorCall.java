package org.ledgerline.storage.collector;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.contact.GateVerdict;

/**
 * A collector call to record when the gate has decided (allowed or denied).
 *
 * @param idempotencyKey the collector channel's Asterisk uniqueid, or the click-to-dial request's id
 * @param customerId the customer the gate identified, when it did
 * @param accountId the account the call is about, when known
 * @param collectorEndpoint the collector's device, e.g. {@code PJSIP/2001}
 * @param dialledNumber digits only
 * @param announced whether the recording announcement is to be played to the customer
 * @param callId the generic {@code calls} row of the call, when one is written
 */
public record NewCollectorCall(
        String idempotencyKey,
        long collectorUserId,
        @Nullable Long customerId,
        @Nullable Long accountId,
        @Nullable String collectorEndpoint,
        String dialledNumber,
        GateVerdict gate,
        boolean announced,
        @Nullable String asteriskLinkedid,
        @Nullable String asteriskUniqueid,
        @Nullable String callId,
        Instant startedAt) {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{3,20}");

    public NewCollectorCall {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A collector call needs an idempotency key");
        }
        if (dialledNumber == null || !DIGITS.matcher(dialledNumber).matches()) {
            throw new IllegalArgumentException("The dialled number is stored as digits only");
        }
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
