package org.ledgerline.storage.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcApiTokenRepositoryIT {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private Ledger ledger;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void createsATokenWithRolesFindsItByDigestAndAuditsWhoCreatedIt() {
        ApiToken token = ledger.apiTokens().create(JdbcSessionRepositoryIT.hash((byte) 7), "bureau feed",
                Set.of(Role.AUDITOR, Role.CREDIT_MANAGER), "admin", NOW);

        assertThat(token.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.CREDIT_MANAGER);
        assertThat(token.createdBy()).isEqualTo("admin");
        assertThat(ledger.apiTokens().findValid(JdbcSessionRepositoryIT.hash((byte) 7))).contains(token);
        assertThat(ledger.apiTokens().findValid(JdbcSessionRepositoryIT.hash((byte) 8))).isEmpty();
        assertThat(audit(token.id())).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("admin");
            assertThat(line.action()).isEqualTo(JdbcApiTokenRepository.TOKEN_CREATED);
        });
    }

    @Test
    void aRevokedTokenIsNoLongerValidButStaysListed() {
        ApiToken token = ledger.apiTokens().create(JdbcSessionRepositoryIT.hash((byte) 7), "feed", Set.of(Role.AUDITOR),
                "admin", NOW);

        assertThat(ledger.apiTokens().revoke(token.id(), "admin", NOW.plusSeconds(1))).isTrue();
        assertThat(ledger.apiTokens().revoke(token.id(), "admin", NOW.plusSeconds(2))).isFalse();

        assertThat(ledger.apiTokens().findValid(JdbcSessionRepositoryIT.hash((byte) 7))).isEmpty();
        assertThat(ledger.apiTokens().findAll()).singleElement()
                .satisfies(listed -> assertThat(listed.revokedAt()).isEqualTo(NOW.plusSeconds(1)));
        assertThat(audit(token.id())).extracting(AuditEntry::action)
                .containsExactly(JdbcApiTokenRepository.TOKEN_CREATED, JdbcApiTokenRepository.TOKEN_REVOKED);
        assertThatThrownBy(() -> ledger.apiTokens().revoke(424_242, "admin", NOW))
                .isInstanceOf(NoSuchApiTokenException.class);
    }

    @Test
    void recordsTheLastUse() {
        ApiToken token = ledger.apiTokens().create(JdbcSessionRepositoryIT.hash((byte) 7), "feed", Set.of(Role.AUDITOR),
                "admin", NOW);

        ledger.apiTokens().markUsed(token.id(), NOW.plusSeconds(90));

        assertThat(ledger.apiTokens().findAll().getFirst().lastUsedAt()).isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void refusesATokenWithoutRolesOrWithANameThatIsNotPlain() {
        assertThatThrownBy(
                () -> ledger.apiTokens().create(JdbcSessionRepositoryIT.hash((byte) 7), "feed", Set.of(), "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.apiTokens().create(JdbcSessionRepositoryIT.hash((byte) 7), "<script>",
                Set.of(Role.AUDITOR), "admin", NOW)).isInstanceOf(StorageException.class);
        assertThat(ledger.apiTokens().findAll()).isEmpty();
    }

    private java.util.List<AuditEntry> audit(long tokenId) {
        return ledger.audit().findBySubject(JdbcApiTokenRepository.SUBJECT, Long.toString(tokenId));
    }
}
