package org.ledgerline.storage.collector;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A back-office user working an account from a time; an ended assignment stays as history.
 *
 * @param assignedBy who assigned it (a username, or the seeder)
 */
public record CollectorAssignment(
        long id,
        long userId,
        long accountId,
        Instant assignedFrom,
        String assignedBy,
        boolean active,
        @Nullable Instant endedAt,
        @Nullable String endedBy) {}
