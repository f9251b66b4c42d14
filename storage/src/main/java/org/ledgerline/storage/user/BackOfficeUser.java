package org.ledgerline.storage.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in to the back office, as stored in {@code users}.
 *
 * @param passwordHash the Argon2id PHC string; never rendered by {@link #toString()}
 * @param endpoint the telephony endpoint of a collector's desk phone (e.g. {@code PJSIP/2001})
 * @param callerId the caller ID the collector's extension presents (digits, maybe a leading {@code +})
 * @param failedSignIns failed sign-ins since the last success or lock
 * @param lockedUntil until when sign-in is refused after too many failures; null when never locked
 */
public record BackOfficeUser(
        long id,
        String username,
        String displayName,
        boolean active,
        String passwordHash,
        Set<Role> roles,
        Optional<String> endpoint,
        Instant createdAt,
        @Nullable Instant lastSignInAt,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        Optional<String> callerId) {

    public BackOfficeUser {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(callerId, "callerId");
    }

    /** A user without a caller ID on file. */
    public BackOfficeUser(long id, String username, String displayName, boolean active, String passwordHash,
            Set<Role> roles, Optional<String> endpoint, Instant createdAt, @Nullable Instant lastSignInAt,
            int failedSignIns, @Nullable Instant lockedUntil) {
        this(id, username, displayName, active, passwordHash, roles, endpoint, createdAt, lastSignInAt, failedSignIns,
                lockedUntil, Optional.empty());
    }

    /** Whether a lock is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Never prints the password hash. */
    @Override
    public String toString() {
        return "BackOfficeUser[id=" + id + ", username=" + username + ", active=" + active + ", roles=" + roles + "]";
    }
}
