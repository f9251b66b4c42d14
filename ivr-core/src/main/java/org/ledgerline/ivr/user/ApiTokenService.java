package org.ledgerline.ivr.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.user.ApiToken;
import org.ledgerline.storage.user.ApiTokenRepository;
import org.ledgerline.storage.user.Role;

/**
 * API tokens for machine clients: an admin creates one with its roles and sees it once; the ledger
 * keeps only its SHA-256; a revoked token stops working at once. Tokens look like
 * {@code llt_<43 URL-safe characters>} so they are easy to spot in a leaked file or a secret scanner.
 *
 * <p>Blocking (ledger): call it from a worker thread.
 */
public final class ApiTokenService {
    /** Every token starts with this. */
    public static final String PREFIX = "llt_";
    /** The last use is written at most this often per token. */
    static final Duration USE_INTERVAL = Duration.ofMinutes(1);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}");

    private final ApiTokenRepository tokens;
    private final Clock clock;

    public ApiTokenService(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A token just created: {@code token} is shown to the admin this once and never again. */
    public record CreatedToken(String token, ApiToken stored) {
        @Override
        public String toString() {
            return "CreatedToken[" + stored + "]";
        }
    }

    /**
     * Creates a token named {@code name} with {@code roles}.
     *
     * @throws IllegalArgumentException a name that is not 1-63 plain characters, or no role
     */
    public CreatedToken create(String name, Set<Role> roles, String actor) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a token name is 1-63 letters, digits, spaces, '.', '_' or '-'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one role");
        }
        String token = PREFIX + SecretTokens.random256();
        ApiToken stored = tokens.create(SecretTokens.sha256(token), name, roles, actor, clock.instant());
        return new CreatedToken(token, stored);
    }

    /** The machine client behind a presented token, if it is one of ours and not revoked. */
    public Optional<SignedInUser> authenticate(@Nullable String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findValid(SecretTokens.sha256(token));
        Instant now = clock.instant();
        found.filter(t -> t.lastUsedAt() == null || !now.isBefore(t.lastUsedAt().plus(USE_INTERVAL)))
                .ifPresent(t -> tokens.markUsed(t.id(), now));
        return found.map(SignedInUser::of);
    }

    public List<ApiToken> list() {
        return tokens.findAll();
    }

    /** Revokes a token; false if it was revoked already. */
    public boolean revoke(long id, String actor) {
        return tokens.revoke(id, actor, clock.instant());
    }
}
