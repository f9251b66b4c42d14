package org.ledgerline.storage.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcUserRepositoryIT {
    static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private Ledger ledger;
    private UserRepository users;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        users = ledger.users();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void createsAUserWithSeveralRolesAndAnEndpointAndAuditsWhoCreatedIt() {
        assertThat(users.anyExists()).isFalse();

        BackOfficeUser created = users.create(new NewUser("collector1", "Casey Collector", HASH,
                Set.of(Role.COLLECTOR, Role.AUDITOR), Optional.of("PJSIP/2001")), "admin");

        assertThat(users.anyExists()).isTrue();
        assertThat(users.findByUsername("collector1")).contains(created);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.COLLECTOR, Role.AUDITOR);
        assertThat(created.endpoint()).contains("PJSIP/2001");
        assertThat(created.active()).isTrue();
        assertThat(created.toString()).doesNotContain(HASH);
        assertThat(audit("collector1")).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("admin");
            assertThat(line.action()).isEqualTo(JdbcUserRepository.USER_CREATED);
            assertThat(line.detail()).contains("auditor,collector").contains("PJSIP/2001");
        });
    }

    @Test
    void refusesASecondUserWithTheSameNameAndNamesTheProblem() {
        users.create(user("manager"), "admin");

        assertThatThrownBy(() -> users.create(user("manager"), "admin"))
                .isInstanceOf(UsernameTakenException.class)
                .hasMessageContaining("'manager'");
        assertThat(users.findAll()).hasSize(1);
    }

    @Test
    void refusesUpperCaseUsernamesAndHashesThatAreNotArgon2id() {
        assertThatThrownBy(() -> users.create(user("Manager"), "admin")).isInstanceOf(StorageException.class);
        assertThatThrownBy(
                () -> users.create(new NewUser("manager", "M", "plain-text", Set.of(Role.ADMIN), Optional.empty()),
                        "admin"))
                .isInstanceOf(StorageException.class);
        assertThat(users.anyExists()).isFalse();
    }

    @Test
    void locksAfterTheLimitOfFailuresAndAuditsEachFailureAndTheLock() {
        long id = users.create(user("auditor"), "admin").id();

        users.recordFailedSignIn(id, 3, Duration.ofMinutes(15), NOW, "from 10.0.0.1");
        BackOfficeUser second = users.recordFailedSignIn(id, 3, Duration.ofMinutes(15), NOW, "from 10.0.0.1");
        assertThat(second.failedSignIns()).isEqualTo(2);
        assertThat(second.lockedAt(NOW)).isFalse();
        BackOfficeUser third = users.recordFailedSignIn(id, 3, Duration.ofMinutes(15), NOW, "from 10.0.0.1");

        assertThat(third.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(third.lockedAt(NOW.plusSeconds(899))).isTrue();
        assertThat(third.lockedAt(NOW.plusSeconds(900))).isFalse();
        assertThat(audit("auditor")).extracting(AuditEntry::action).containsExactly(JdbcUserRepository.USER_CREATED,
                JdbcUserRepository.SIGN_IN_FAILED, JdbcUserRepository.SIGN_IN_FAILED, JdbcUserRepository.SIGN_IN_FAILED,
                JdbcUserRepository.USER_LOCKED);
    }

    @Test
    void countsEveryOneOfManySimultaneousFailures() throws Exception {
        long id = users.create(user("target"), "admin").id();
        List<CompletableFuture<BackOfficeUser>> attempts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 8; i++) {
                attempts.add(CompletableFuture.supplyAsync(
                        () -> users.recordFailedSignIn(id, 100, Duration.ofMinutes(1), NOW, "burst"), pool));
            }
            CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).get();
        }

        assertThat(users.findById(id).orElseThrow().failedSignIns()).isEqualTo(8);
    }

    @Test
    void aSuccessfulSignInResetsTheCounterAndStampsTheTime() {
        long id = users.create(user("manager"), "admin").id();
        users.recordFailedSignIn(id, 5, Duration.ofMinutes(15), NOW, "from 10.0.0.1");

        users.recordSignIn(id, NOW.plusSeconds(5), "from 10.0.0.1");

        BackOfficeUser after = users.findById(id).orElseThrow();
        assertThat(after.failedSignIns()).isZero();
        assertThat(after.lastSignInAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(audit("manager")).last().satisfies(line -> {
            assertThat(line.action()).isEqualTo(JdbcUserRepository.SIGN_IN);
            assertThat(line.actor()).isEqualTo("manager");
        });
    }

    @Test
    void disablingAndChangingAPasswordEndTheUsersSessionsAndAreAudited() {
        long id = users.create(user("manager"), "admin").id();
        ledger.sessions().create(JdbcSessionRepositoryIT.session((byte) 1, id, NOW), Optional.empty());
        users.recordFailedSignIn(id, 1, Duration.ofMinutes(15), NOW, "x");

        users.changePassword(id, HASH.replace("aGFzaGhhc2g", "bmV3aGFzaA"), "manager");
        BackOfficeUser changed = users.findById(id).orElseThrow();
        assertThat(changed.lockedUntil()).isNull();
        assertThat(ledger.sessions().find(JdbcSessionRepositoryIT.hash((byte) 1))).isEmpty();

        ledger.sessions().create(JdbcSessionRepositoryIT.session((byte) 2, id, NOW), Optional.empty());
        users.disable(id, "admin");
        assertThat(users.findById(id).orElseThrow().active()).isFalse();
        assertThat(ledger.sessions().find(JdbcSessionRepositoryIT.hash((byte) 2))).isEmpty();
        assertThat(audit("manager")).extracting(AuditEntry::action).endsWith(
                JdbcUserRepository.USER_PASSWORD_CHANGED, JdbcUserRepository.USER_DISABLED);
        assertThatThrownBy(() -> users.disable(999_999, "admin")).isInstanceOf(NoSuchUserException.class);
    }

    @Test
    void auditsRefusedSignInsOfUnknownNamesShortened() {
        users.recordRefusedSignIn("x".repeat(300), "unknown user, from 10.0.0.9");

        assertThat(audit("x".repeat(64) + "...")).singleElement()
                .satisfies(line -> assertThat(line.action()).isEqualTo(JdbcUserRepository.SIGN_IN_FAILED));
    }

    private List<AuditEntry> audit(String username) {
        return ledger.audit().findBySubject(JdbcUserRepository.SUBJECT, username);
    }

    @Test
    void findsEveryUserAtAnEndpointActiveOrNotAndNoneAtAnotherDevice() {
        BackOfficeUser ana = users.create(new NewUser("ana", "Ana", HASH, Set.of(Role.COLLECTOR),
                Optional.of("PJSIP/2001")), "admin");
        BackOfficeUser former = users.create(new NewUser("former", "Former", HASH, Set.of(Role.COLLECTOR),
                Optional.of("PJSIP/2001")), "admin");
        users.create(new NewUser("other", "Other", HASH, Set.of(Role.COLLECTOR), Optional.of("PJSIP/2002")), "admin");
        users.disable(former.id(), "admin");

        assertThat(users.findByEndpoint("PJSIP/2001")).extracting(BackOfficeUser::username, BackOfficeUser::active)
                .containsExactly(tuple(ana.username(), true), tuple("former", false));
        assertThat(users.findByEndpoint("PJSIP/2999")).isEmpty();
    }

    static NewUser user(String username) {
        return new NewUser(username, "Test " + username, HASH, Set.of(Role.CREDIT_MANAGER), Optional.empty());
    }
}
