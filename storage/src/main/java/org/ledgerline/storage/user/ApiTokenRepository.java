package org.ledgerline.storage.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** API tokens, keyed by the SHA-256 of the token. Creation and revocation are audited. */
public interface ApiTokenRepository {
    /** Stores a new token's digest under {@code name} with {@code roles}, created by {@code actor}. */
    ApiToken create(byte[] tokenHash, String name, Set<Role> roles, String actor, Instant now);

    /** The valid (not revoked) token with this digest. */
    Optional<ApiToken> findValid(byte[] tokenHash);

    /** Every token, newest first, revoked ones included. */
    List<ApiToken> findAll();

    /** Stamps the last use (at most a few writes a minute per token matter; callers may throttle). */
    void markUsed(long id, Instant at);

    /**
     * Revokes the token; false if it was revoked already.
     *
     * @throws NoSuchApiTokenException no token has this id
     */
    boolean revoke(long id, String actor, Instant now);
}
