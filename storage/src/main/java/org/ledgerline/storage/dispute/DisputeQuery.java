package org.ledgerline.storage.dispute;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters and page for {@link DisputeRepository#search}. Every filter is optional (null means
 * "any"); results come newest first.
 *
 * @param createdFrom earliest creation instant, inclusive
 * @param createdTo latest creation instant, exclusive
 * @param limit page size, 1 to {@link #MAX_LIMIT}
 * @param offset rows to skip, 0 or more
 */
public record DisputeQuery(
        @Nullable String reasonCode,
        @Nullable DisputeStatus status,
        @Nullable Long customerId,
        @Nullable Instant createdFrom,
        @Nullable Instant createdTo,
        int limit,
        int offset) {
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public DisputeQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
            throw new IllegalArgumentException("createdTo must not be before createdFrom");
        }
    }

    /** All disputes, first page of {@link #DEFAULT_LIMIT}. */
    public static DisputeQuery all() {
        return new DisputeQuery(null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public DisputeQuery withReasonCode(String code) {
        return new DisputeQuery(code, status, customerId, createdFrom, createdTo, limit, offset);
    }

    public DisputeQuery withStatus(DisputeStatus value) {
        return new DisputeQuery(reasonCode, value, customerId, createdFrom, createdTo, limit, offset);
    }

    public DisputeQuery withCustomerId(Long value) {
        return new DisputeQuery(reasonCode, status, value, createdFrom, createdTo, limit, offset);
    }

    public DisputeQuery withCreatedBetween(Instant from, Instant to) {
        return new DisputeQuery(reasonCode, status, customerId, from, to, limit, offset);
    }

    public DisputeQuery withPage(int pageLimit, int pageOffset) {
        return new DisputeQuery(reasonCode, status, customerId, createdFrom, createdTo, pageLimit, pageOffset);
    }
}
