package org.ledgerline.storage.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcSessionRepositoryIT {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private Ledger ledger;
    private long userId;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        userId = ledger.users().create(JdbcUserRepositoryIT.user("manager"), "admin").id();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void storesASessionByItsDigestAndFindsItAgain() {
        ledger.sessions().create(session((byte) 1, userId, NOW), Optional.empty());

        StoredSession found = ledger.sessions().find(hash((byte) 1)).orElseThrow();
        assertThat(found.userId()).isEqualTo(userId);
        assertThat(found.csrfToken()).isEqualTo("csrf-1");
        assertThat(found.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(ledger.sessions().find(hash((byte) 2))).isEmpty();
    }

    @Test
    void aNewSessionReplacesTheOneTheBrowserCameWith() {
        ledger.sessions().create(session((byte) 1, userId, NOW), Optional.empty());

        ledger.sessions().create(session((byte) 2, userId, NOW), Optional.of(hash((byte) 1)));

        assertThat(ledger.sessions().find(hash((byte) 1))).isEmpty();
        assertThat(ledger.sessions().find(hash((byte) 2))).isPresent();
    }

    @Test
    void touchingMovesLastSeenForwardOnly() {
        ledger.sessions().create(session((byte) 1, userId, NOW), Optional.empty());

        ledger.sessions().touch(hash((byte) 1), NOW.plusSeconds(60));
        ledger.sessions().touch(hash((byte) 1), NOW.plusSeconds(30));

        assertThat(ledger.sessions().find(hash((byte) 1)).orElseThrow().lastSeenAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void signOutEndsTheSessionOnceAndAuditsIt() {
        ledger.sessions().create(session((byte) 1, userId, NOW), Optional.empty());

        assertThat(ledger.sessions().signOut(hash((byte) 1), "manager")).isTrue();
        assertThat(ledger.sessions().signOut(hash((byte) 1), "manager")).isFalse();

        assertThat(ledger.sessions().find(hash((byte) 1))).isEmpty();
        assertThat(ledger.audit().findBySubject(JdbcUserRepository.SUBJECT, "manager"))
                .filteredOn(line -> line.action().equals(JdbcSessionRepository.SIGN_OUT)).hasSize(1);
    }

    @Test
    void removesSessionsPastTheirLifetimeOrIdleTooLong() {
        ledger.sessions().create(session((byte) 1, userId, NOW), Optional.empty());
        ledger.sessions().create(session((byte) 2, userId, NOW.plus(Duration.ofHours(1))), Optional.empty());

        int removed = ledger.sessions().deleteExpired(NOW.plus(Duration.ofHours(1)), NOW.plusSeconds(1));

        assertThat(removed).isEqualTo(1);
        assertThat(ledger.sessions().find(hash((byte) 2))).isPresent();
    }

    static byte[] hash(byte fill) {
        byte[] digest = new byte[32];
        Arrays.fill(digest, fill);
        return digest;
    }

    static StoredSession session(byte fill, long userId, Instant createdAt) {
        return new StoredSession(hash(fill), userId, "csrf-" + fill, createdAt, createdAt,
                createdAt.plus(Duration.ofHours(12)));
    }
}
