package org.ledgerline.ivr.user;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.storage.user.ApiToken;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.Role;

/**
 * Who is making a back-office request: a person signed in with a session, or a machine client with
 * an API token. A token's principal has a negative id (minus the token's id, so it never collides
 * with a user's) and the username {@code token:<name>}, which is what the audit log shows as actor.
 *
 * @param endpoint a collector's desk phone (e.g. {@code PJSIP/2001}), for click-to-dial
 */
public record SignedInUser(long id, String username, String displayName, Set<Role> roles, Optional<String> endpoint) {
    /** The prefix of an API token principal's username. */
    public static final String TOKEN_PREFIX = "token:";

    public SignedInUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The person behind a stored user. */
    public static SignedInUser of(BackOfficeUser user) {
        return new SignedInUser(user.id(), user.username(), user.displayName(), user.roles(), user.endpoint());
    }

    /** The machine client behind an API token. */
    public static SignedInUser of(ApiToken token) {
        return new SignedInUser(-token.id(), TOKEN_PREFIX + token.name(), token.name(), token.roles(),
                Optional.empty());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this user holds at least one of {@code anyOf}. */
    public boolean hasAny(Collection<Role> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }

    /** Whether this is a machine client signed in with an API token. */
    public boolean isApiToken() {
        return id < 0;
    }
}
