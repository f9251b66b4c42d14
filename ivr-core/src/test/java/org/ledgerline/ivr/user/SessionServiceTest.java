package org.ledgerline.ivr.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.testing.TestClock;
import org.ledgerline.storage.user.Role;

class SessionServiceTest {
    private static final AuthSettings SETTINGS = new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(2), 5,
            Duration.ofMinutes(15), 12);

    private final InMemoryUsers store = new InMemoryUsers();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private final SessionService sessions = new SessionService(store, store, SETTINGS, clock);
    private SignedInUser user;

    @BeforeEach
    void setUp() {
        user = SignedInUser.of(new UserAdministration(store, new PasswordHashing(new CountingHasher()),
                new PasswordPolicy(12, Set.of()))
                .add("auditor", "Alex", "a long enough passphrase", Set.of(Role.AUDITOR), Optional.empty(), "admin"));
    }

    @Test
    void aNewSessionHasARandom256BitIdAndItsOwnCsrfTokenAndResolvesToItsUser() {
        SessionService.NewSession first = sessions.start(user, Optional.empty());
        SessionService.NewSession second = sessions.start(user, Optional.empty());

        assertThat(first.id()).hasSize(43).isNotEqualTo(second.id()).isNotEqualTo(first.csrfToken());
        assertThat(sessions.resolve(first.id())).hasValueSatisfying(active -> {
            assertThat(active.user().username()).isEqualTo("auditor");
            assertThat(active.csrfToken()).isEqualTo(first.csrfToken());
        });
        assertThat(first.toString()).doesNotContain(first.id()).doesNotContain(first.csrfToken());
    }

    @Test
    void startingASessionDropsTheOneTheBrowserCameWith() {
        SessionService.NewSession old = sessions.start(user, Optional.empty());

        sessions.start(user, Optional.of(old.id()));

        assertThat(sessions.resolve(old.id())).isEmpty();
        assertThat(store.sessionCount()).isEqualTo(1);
    }

    @Test
    void idleForTheTimeoutEndsTheSession() {
        SessionService.NewSession session = sessions.start(user, Optional.empty());

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.resolve(session.id())).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.resolve(session.id())).as("touched at minute 29").isPresent();
        clock.advance(Duration.ofMinutes(30));

        assertThat(sessions.resolve(session.id())).isEmpty();
        assertThat(store.sessionCount()).isZero();
    }

    @Test
    void theAbsoluteLifetimeEndsEvenABusySession() {
        SessionService.NewSession session = sessions.start(user, Optional.empty());
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofMinutes(17));
            assertThat(sessions.resolve(session.id())).isPresent();
        }

        clock.advance(Duration.ofMinutes(1)); // 2 h after the start

        assertThat(sessions.resolve(session.id())).isEmpty();
    }

    @Test
    void aDisabledUsersSessionNoLongerResolves() {
        SessionService.NewSession session = sessions.start(user, Optional.empty());

        store.disable(user.id(), "admin");

        assertThat(sessions.resolve(session.id())).isEmpty();
    }

    @Test
    void signOutEndsTheSessionOnceAndIsAudited() {
        SessionService.NewSession session = sessions.start(user, Optional.empty());

        assertThat(sessions.signOut(session.id(), "auditor")).isTrue();
        assertThat(sessions.signOut(session.id(), "auditor")).isFalse();

        assertThat(sessions.resolve(session.id())).isEmpty();
        assertThat(store.audit).containsOnlyOnce("SIGN_OUT auditor");
    }

    @Test
    void garbageIdsResolveToNothing() {
        assertThat(sessions.resolve(null)).isEmpty();
        assertThat(sessions.resolve("")).isEmpty();
        assertThat(sessions.resolve("x".repeat(5000))).isEmpty();
    }
}
