package org.ledgerline.ivr.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.user.Role;

class SignInServiceTest {
    private static final String PASSWORD = "a long enough passphrase";
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final AuthSettings SETTINGS = new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(12), 3,
            Duration.ofMinutes(15), 12);

    private final InMemoryUsers users = new InMemoryUsers();
    private final CountingHasher hasher = new CountingHasher();
    private SignInService service;

    @BeforeEach
    void setUp() {
        service = service(Clock.fixed(NOW, ZoneOffset.UTC));
        new UserAdministration(users, new PasswordHashing(hasher), new PasswordPolicy(12, Set.of()))
                .add("manager", "Morgan", PASSWORD, Set.of(Role.CREDIT_MANAGER), Optional.empty(), "admin");
        hasher.verifies.set(0);
    }

    private SignInService service(Clock clock) {
        return new SignInService(users, new PasswordHashing(hasher), SETTINGS, clock);
    }

    @Test
    void signsInWithTheRightPasswordIgnoringCaseAndSpacesInTheUsername() {
        SignedInUser user = service.signIn("  Manager ", PASSWORD, "from 10.0.0.1");

        assertThat(user.username()).isEqualTo("manager");
        assertThat(user.has(Role.CREDIT_MANAGER)).isTrue();
        assertThat(users.audit).last().isEqualTo("SIGN_IN manager");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserEachVerifyExactlyOneHashAndSaySameThing() {
        Throwable wrongPassword = catchRefusal(() -> service.signIn("manager", "wrong password here", "x"));
        int afterWrongPassword = hasher.verifies.get();
        Throwable unknownUser = catchRefusal(() -> service.signIn("nobody", "wrong password here", "x"));

        assertThat(afterWrongPassword).isEqualTo(1);
        assertThat(hasher.verifies.get()).as("one more check, against the dummy hash").isEqualTo(2);
        assertThat(wrongPassword).hasMessage(unknownUser.getMessage());
        assertThat(users.audit).contains("SIGN_IN_FAILED manager")
                .anyMatch(line -> line.startsWith("SIGN_IN_FAILED nobody"));
    }

    @Test
    void locksAfterTheConfiguredFailuresAndThenRefusesEvenTheRightPasswordUntilTheLockEnds() {
        for (int i = 0; i < 3; i++) {
            catchRefusal(() -> service.signIn("manager", "wrong password here", "x"));
        }
        assertThat(users.audit).contains("USER_LOCKED manager");
        int verifiesBefore = hasher.verifies.get();

        assertThatThrownBy(() -> service.signIn("manager", PASSWORD, "x")).isInstanceOf(SignInRefusedException.class);
        assertThat(hasher.verifies.get()).as("a locked user still costs one check, the dummy")
                .isEqualTo(verifiesBefore + 1);

        SignedInUser later = service(Clock.fixed(NOW.plus(Duration.ofMinutes(15)), ZoneOffset.UTC)).signIn("manager",
                PASSWORD, "x");
        assertThat(later.username()).isEqualTo("manager");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        users.disable(users.findByUsername("manager").orElseThrow().id(), "admin");

        assertThatThrownBy(() -> service.signIn("manager", PASSWORD, "x")).isInstanceOf(SignInRefusedException.class);
        assertThat(hasher.verifies.get()).isEqualTo(1);
    }

    @Test
    void aBlankUsernameIsRefusedAfterTheSameWork() {
        assertThatThrownBy(() -> service.signIn(" ", PASSWORD, "x")).isInstanceOf(SignInRefusedException.class);
        assertThat(hasher.verifies.get()).isEqualTo(1);
    }

    private static Throwable catchRefusal(Runnable signIn) {
        try {
            signIn.run();
        } catch (SignInRefusedException e) {
            return e;
        }
        throw new AssertionError("the sign-in was not refused");
    }
}
