package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.testing.TestClock;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.JdbcUserRepository;
import org.ledgerline.storage.user.Role;

/** Repeated wrong passwords over HTTP lock the user for the configured time, with every step audited. */
class SignInLockoutIT {
    private static final int MAX_FAILURES = 3;
    private static final AuthSettings SETTINGS = new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(12),
            MAX_FAILURES,
            Duration.ofMinutes(10), 12);

    private Ledger ledger;
    private Vertx vertx;
    private TestClock clock;
    private BackOfficeClient client;

    @BeforeEach
    void start() {
        ledger = TestLedgers.newLedger();
        TestBackOffice.addUser(ledger, "manager", Role.CREDIT_MANAGER);
        clock = new TestClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
        vertx = Vertx.vertx();
        HttpVerticle http = new HttpVerticle("127.0.0.1", 0, List.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                TestBackOffice.auth(ledger, SETTINGS, clock, false), List.of());
        vertx.deployVerticle(http).await();
        client = new BackOfficeClient(http.actualPort());
    }

    @AfterEach
    void stop() {
        vertx.close().await();
        ledger.close();
    }

    @Test
    void locksAfterTheLimitRefusesTheRightPasswordWithTheSameAnswerAndOpensAgainAfterTheLockout() {
        String refusal = client.signIn("manager", "wrong password 0", null).body();
        for (int i = 1; i < MAX_FAILURES; i++) {
            assertThat(client.signIn("manager", "wrong password " + i, null).status()).isEqualTo(401);
        }

        BackOfficeClient.Answer whileLocked = client.signIn("manager", TestBackOffice.PASSWORD, null);
        assertThat(whileLocked.status()).isEqualTo(401);
        assertThat(whileLocked.body()).as("a lock is not announced").isEqualTo(refusal);
        assertThat(ledger.users().findByUsername("manager").orElseThrow().lockedUntil())
                .isEqualTo(Instant.parse("2026-11-29T09:10:00Z"));

        clock.advance(Duration.ofMinutes(9));
        assertThat(client.signIn("manager", TestBackOffice.PASSWORD, null).status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(1));
        assertThat(client.signIn("manager", TestBackOffice.PASSWORD, null).status()).isEqualTo(200);

        assertThat(ledger.audit().findBySubject(JdbcUserRepository.SUBJECT, "manager")).extracting(AuditEntry::action)
                .containsSubsequence(JdbcUserRepository.SIGN_IN_FAILED, JdbcUserRepository.SIGN_IN_FAILED,
                        JdbcUserRepository.SIGN_IN_FAILED, JdbcUserRepository.USER_LOCKED,
                        JdbcUserRepository.SIGN_IN_FAILED,
                        JdbcUserRepository.SIGN_IN_FAILED, JdbcUserRepository.SIGN_IN)
                .last().isEqualTo(JdbcUserRepository.SIGN_IN);
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            client.signIn("manager", "wrong password " + i, null);
        }
        assertThat(client.signIn("manager", TestBackOffice.PASSWORD, null).status()).isEqualTo(200);
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            client.signIn("manager", "wrong password " + i, null);
        }

        assertThat(client.signIn("manager", TestBackOffice.PASSWORD, null).status()).isEqualTo(200);
        assertThat(ledger.users().findByUsername("manager").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void failedSignInsOfUnknownNamesAreAuditedWithWhereTheyCameFrom() {
        client.signIn("ghost", "whatever it is", null);

        assertThat(ledger.audit().findBySubject(JdbcUserRepository.SUBJECT, "ghost")).singleElement()
                .satisfies(line -> {
                    assertThat(line.action()).isEqualTo(JdbcUserRepository.SIGN_IN_FAILED);
                    assertThat(line.detail()).contains("unknown user").contains("from 127.0.0.1")
                            .doesNotContain("whatever");
                });
    }
}
