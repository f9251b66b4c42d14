package org.ledgerline.storage.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.transcription.Speaker;

/**
 * What a search narrows the calls to; every field is optional (null: any). They are bound as
 * parameters, never written into the SQL.
 *
 * @param collectorUsername the collector who placed the call
 * @param customerId the customer called or calling
 * @param accountNumber the account the call was about
 * @param from calls started at or after this instant
 * @param to calls started before this instant
 * @param spokenPromise true: only segments flagged as a spoken promise to pay; false: only others
 */
public record SegmentFilters(
        @Nullable String collectorUsername,
        @Nullable Long customerId,
        @Nullable String accountNumber,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable CallDirection direction,
        @Nullable AttemptDisposition disposition,
        @Nullable Speaker speaker,
        @Nullable Boolean spokenPromise) {

    /** No filter at all. */
    public static final SegmentFilters NONE = new SegmentFilters(null, null, null, null, null, null, null, null,
            null);

    public SegmentFilters {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    public SegmentFilters withCollector(@Nullable String username) {
        return new SegmentFilters(username, customerId, accountNumber, from, to, direction, disposition, speaker,
                spokenPromise);
    }

    public SegmentFilters withCustomer(@Nullable Long id) {
        return new SegmentFilters(collectorUsername, id, accountNumber, from, to, direction, disposition, speaker,
                spokenPromise);
    }

    public SegmentFilters withSpeaker(@Nullable Speaker who) {
        return new SegmentFilters(collectorUsername, customerId, accountNumber, from, to, direction, disposition, who,
                spokenPromise);
    }

    public SegmentFilters withSpokenPromise(@Nullable Boolean promise) {
        return new SegmentFilters(collectorUsername, customerId, accountNumber, from, to, direction, disposition,
                speaker, promise);
    }

    public SegmentFilters withPeriod(@Nullable Instant start, @Nullable Instant end) {
        return new SegmentFilters(collectorUsername, customerId, accountNumber, start, end, direction, disposition,
                speaker, spokenPromise);
    }

    public SegmentFilters withDirection(@Nullable CallDirection which) {
        return new SegmentFilters(collectorUsername, customerId, accountNumber, from, to, which, disposition, speaker,
                spokenPromise);
    }

    /** A short text for the audit log: the filters that are set, as {@code name=value}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "collector", collectorUsername);
        append(text, "customer", customerId);
        append(text, "account", accountNumber);
        append(text, "from", from);
        append(text, "to", to);
        append(text, "direction", direction);
        append(text, "disposition", disposition);
        append(text, "speaker", speaker);
        append(text, "promise", spokenPromise);
        return text.isEmpty() ? "none" : text.toString();
    }

    private static void append(StringBuilder text, String name, @Nullable Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }
}
