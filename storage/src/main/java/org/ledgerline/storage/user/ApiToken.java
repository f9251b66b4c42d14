package org.ledgerline.storage.user;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An API token for a machine client, as listed to admins: never the token, which exists only in the
 * response that created it.
 *
 * @param revokedAt when it was revoked; null while it is valid
 */
public record ApiToken(long id, String name, Set<Role> roles, String createdBy, Instant createdAt,
        @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
    public ApiToken {
        roles = Set.copyOf(roles);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
