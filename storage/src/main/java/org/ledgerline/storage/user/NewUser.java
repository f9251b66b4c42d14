package org.ledgerline.storage.user;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user to create. The password arrives already hashed: storage never sees a password.
 *
 * @param username lower-case letters, digits, dot, dash, underscore; 2-63 characters
 * @param callerId the caller ID the collector's extension presents, digits (a leading {@code +} allowed)
 */
public record NewUser(String username, String displayName, String passwordHash, Set<Role> roles,
        Optional<String> endpoint, Optional<String> callerId) {
    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(callerId, "callerId");
    }

    /** A user without a caller ID on file. */
    public NewUser(String username, String displayName, String passwordHash, Set<Role> roles,
            Optional<String> endpoint) {
        this(username, displayName, passwordHash, roles, endpoint, Optional.empty());
    }

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", roles=" + roles + "]";
    }
}
