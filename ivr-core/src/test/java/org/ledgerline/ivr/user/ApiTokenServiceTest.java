package org.ledgerline.ivr.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.user.ApiToken;
import org.ledgerline.storage.user.ApiTokenRepository;
import org.ledgerline.storage.user.Role;

class ApiTokenServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final InMemoryTokens store = new InMemoryTokens();
    private final ApiTokenService tokens = new ApiTokenService(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewTokenIsShownOnceStoredOnlyAsItsDigestAndSignsInAsTheMachineClient() {
        ApiTokenService.CreatedToken created = tokens.create("bureau feed", Set.of(Role.AUDITOR), "admin");

        assertThat(created.token()).startsWith(ApiTokenService.PREFIX).hasSize(47);
        assertThat(store.digests).singleElement()
                .satisfies(d -> assertThat(d).isEqualTo(SecretTokens.sha256(created.token())));
        assertThat(created.toString()).doesNotContain(created.token());
        SignedInUser client = tokens.authenticate(created.token()).orElseThrow();
        assertThat(client.username()).isEqualTo("token:bureau feed");
        assertThat(client.isApiToken()).isTrue();
        assertThat(client.roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void aRevokedOrUnknownTokenSignsInNobody() {
        ApiTokenService.CreatedToken created = tokens.create("feed", Set.of(Role.AUDITOR), "admin");

        tokens.revoke(created.stored().id(), "admin");

        assertThat(tokens.authenticate(created.token())).isEmpty();
        assertThat(tokens.authenticate("llt_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Test
    void refusesATokenWithoutARoleOrWithAnOddName() {
        assertThatThrownBy(() -> tokens.create("feed", Set.of(), "admin")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.create("<b>feed</b>", Set.of(Role.AUDITOR), "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.digests).isEmpty();
    }

    /** Tokens in memory. */
    private static final class InMemoryTokens implements ApiTokenRepository {
        final List<byte[]> digests = new ArrayList<>();
        final List<ApiToken> tokens = new ArrayList<>();

        @Override
        public ApiToken create(byte[] tokenHash, String name, Set<Role> roles, String actor, Instant now) {
            ApiToken token = new ApiToken(tokens.size() + 1, name, roles, actor, now, null, null);
            digests.add(tokenHash);
            tokens.add(token);
            return token;
        }

        @Override
        public Optional<ApiToken> findValid(byte[] tokenHash) {
            for (int i = 0; i < digests.size(); i++) {
                if (Arrays.equals(digests.get(i), tokenHash) && !tokens.get(i).revoked()) {
                    return Optional.of(tokens.get(i));
                }
            }
            return Optional.empty();
        }

        @Override
        public List<ApiToken> findAll() {
            return List.copyOf(tokens);
        }

        @Override
        public void markUsed(long id, Instant at) {
            ApiToken t = tokens.get((int) id - 1);
            tokens.set((int) id - 1,
                    new ApiToken(t.id(), t.name(), t.roles(), t.createdBy(), t.createdAt(), t.revokedAt(), at));
        }

        @Override
        public boolean revoke(long id, String actor, Instant now) {
            ApiToken t = tokens.get((int) id - 1);
            tokens.set((int) id - 1,
                    new ApiToken(t.id(), t.name(), t.roles(), t.createdBy(), t.createdAt(), now, t.lastUsedAt()));
            return t.revokedAt() == null;
        }
    }
}
