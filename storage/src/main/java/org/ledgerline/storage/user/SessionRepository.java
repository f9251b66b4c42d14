package org.ledgerline.storage.user;

import java.time.Instant;
import java.util.Optional;

/**
 * Server-side back-office sessions, keyed by the SHA-256 of the session id. Sign-out is audited;
 * expiry is not (nobody did anything).
 */
public interface SessionRepository {
    /**
     * Stores a new session, and in the same transaction removes {@code replacedIdHash} (the session
     * the browser came with, if any: rotation at sign-in, so a planted id is worthless).
     */
    void create(StoredSession session, Optional<byte[]> replacedIdHash);

    Optional<StoredSession> find(byte[] idHash);

    /** Records activity, pushing idle expiry back. */
    void touch(byte[] idHash, Instant lastSeenAt);

    /** Ends a session the user signed out of, auditing it under {@code username}; false if it was gone already. */
    boolean signOut(byte[] idHash, String username);

    /** Removes a session found expired; false if it was gone already. */
    boolean expire(byte[] idHash);

    /** Removes every session whose absolute lifetime ended before {@code now} or idle since {@code idleBefore}. */
    int deleteExpired(Instant now, Instant idleBefore);
}
