package org.ledgerline.storage.user;

import java.time.Instant;

/**
 * A back-office session as the ledger keeps it: the SHA-256 of its id (never the id itself), whose
 * it is, the CSRF token that goes with it and its times.
 *
 * @param expiresAt the absolute end; idle expiry is decided from {@code lastSeenAt} by the caller
 */
@SuppressWarnings("ArrayRecordComponent") // no caller uses equals/hashCode: the digest is compared in SQL (bytea)
public record StoredSession(byte[] idHash, long userId, String csrfToken, Instant createdAt, Instant lastSeenAt,
        Instant expiresAt) {

    /** Never prints the digest or the CSRF token. */
    @Override
    public String toString() {
        return "StoredSession[userId=" + userId + ", createdAt=" + createdAt + ", lastSeenAt=" + lastSeenAt
                + ", expiresAt=" + expiresAt + "]";
    }
}
