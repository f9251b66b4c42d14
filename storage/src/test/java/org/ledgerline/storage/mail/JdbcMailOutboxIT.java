package org.ledgerline.storage.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.alert.Alert;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcMailOutboxIT {
    private static final Duration LEASE = Duration.ofMinutes(1);

    private Ledger ledger;
    private MailOutbox outbox;
    private LedgerRows rows;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        outbox = ledger.mailOutbox();
        rows = new LedgerRows(ledger);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private static NewOutboxMessage email(String key) {
        return new NewOutboxMessage(key, "ledgerline@bank.example", "credit@bank.example", "Subject " + key,
                "Body of " + key);
    }

    @Test
    void queuesAnEmailOncePerKeyWithAStableMessageId() {
        OutboxMessage first = outbox.enqueue(email("dispute-escalated:1"));
        OutboxMessage again = outbox.enqueue(email("dispute-escalated:1"));

        assertThat(again).isEqualTo(first);
        assertThat(first.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(first.attempts()).isZero();
        assertThat(first.messageId()).matches("<outbox\\.[0-9a-f-]{36}@bank\\.example>");
        assertThat(rows.count("mail_outbox")).isEqualTo(1);
    }

    @Test
    void anEmailQueuedInsideATransactionThatRollsBackIsNotThere() {
        assertThatThrownBy(() -> ledger.inTransaction("change and email", () -> {
            outbox.enqueue(email("rolled-back"));
            throw new IllegalStateException("the change failed after the email was queued");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.findByIdempotencyKey("rolled-back")).isEmpty();
    }

    @Test
    void claimingCountsAnAttemptAndLeasesTheRowSoASecondClaimFindsNothing() {
        OutboxMessage queued = outbox.enqueue(email("a"));

        List<OutboxMessage> claimed = outbox.claimDue(10, LEASE);

        assertThat(claimed).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(queued.id());
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.messageId()).isEqualTo(queued.messageId());
            assertThat(message.nextAttemptAt()).isAfter(queued.nextAttemptAt().plus(LEASE).minusSeconds(5));
        });
        assertThat(outbox.claimDue(10, LEASE)).isEmpty();
    }

    @Test
    void claimsTheOldestDueFirstUpToTheLimit() {
        OutboxMessage first = outbox.enqueue(email("1"));
        OutboxMessage second = outbox.enqueue(email("2"));
        OutboxMessage third = outbox.enqueue(email("3"));

        assertThat(outbox.claimDue(2, LEASE)).extracting(OutboxMessage::id).containsExactly(first.id(), second.id());
        assertThat(outbox.claimDue(2, LEASE)).extracting(OutboxMessage::id).containsExactly(third.id());
    }

    @Test
    void aRowLockedByAnotherWorkerIsSkippedNotWaitedFor() throws Exception {
        OutboxMessage locked = outbox.enqueue(email("locked"));
        OutboxMessage free = outbox.enqueue(email("free"));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherWorker = Thread.ofPlatform().start(() -> {
            try (Connection connection = ledger.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement lock = connection
                        .prepareStatement("select id from mail_outbox where id = ? for update")) {
                    lock.setLong(1, locked.id());
                    try (ResultSet row = lock.executeQuery()) {
                        row.next();
                    }
                }
                holding.countDown();
                release.await(30, TimeUnit.SECONDS);
                connection.rollback();
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(outbox.claimDue(10, LEASE)).extracting(OutboxMessage::id).containsExactly(free.id());
        } finally {
            release.countDown();
            otherWorker.join(Duration.ofSeconds(30));
        }
        assertThat(outbox.claimDue(10, LEASE)).extracting(OutboxMessage::id).containsExactly(locked.id());
    }

    @Test
    void aFailedAttemptIsDueAgainOnlyAfterItsBackOff() {
        OutboxMessage queued = outbox.enqueue(email("retry"));
        outbox.claimDue(1, LEASE);

        assertThat(outbox.retryLater(queued.id(), "421 try later", Duration.ofHours(1))).isTrue();
        assertThat(outbox.claimDue(10, LEASE)).isEmpty();

        assertThat(outbox.retryLater(queued.id(), "421 try later", Duration.ZERO)).isTrue();
        assertThat(outbox.claimDue(10, LEASE)).singleElement().satisfies(message -> {
            assertThat(message.attempts()).isEqualTo(2);
            assertThat(message.lastError()).isEqualTo("421 try later");
        });
    }

    @Test
    void aSentEmailIsNeverClaimedAgain() {
        OutboxMessage queued = outbox.enqueue(email("sent"));
        outbox.claimDue(1, LEASE);

        assertThat(outbox.markSent(queued.id())).isTrue();
        assertThat(outbox.markSent(queued.id())).as("a second worker's late success changes nothing").isFalse();
        assertThat(outbox.retryLater(queued.id(), "late failure", Duration.ZERO)).isFalse();

        OutboxMessage sent = outbox.findById(queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(outbox.claimDue(10, LEASE)).isEmpty();
    }

    @Test
    void givingUpMarksItFailingRaisesOneAlertAndKeepsItListed() {
        OutboxMessage queued = outbox.enqueue(email("doomed"));
        outbox.claimDue(1, LEASE);

        assertThat(outbox.markFailing(queued.id(), "550 mailbox unavailable")).isTrue();
        assertThat(outbox.markFailing(queued.id(), "550 mailbox unavailable")).isFalse();

        assertThat(outbox.findFailing()).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(queued.id());
            assertThat(message.lastError()).isEqualTo("550 mailbox unavailable");
            assertThat(message.attempts()).isEqualTo(1);
        });
        assertThat(ledger.alerts().findOpen()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(MailOutbox.FAILING_ALERT_KIND);
            assertThat(alert.idempotencyKey()).isEqualTo("mail-outbox-failing:" + queued.id());
            assertThat(alert.message()).contains("Subject doomed", "credit@bank.example", "550 mailbox unavailable");
        });
        assertThat(outbox.claimDue(10, LEASE)).isEmpty();
        assertThat(ledger.alerts().findOpen()).extracting(Alert::kind).containsExactly(MailOutbox.FAILING_ALERT_KIND);
    }

    @Test
    void theFailingListHoldsGivenUpAndRetryingEmailsButNotSentOrUntriedOnes() {
        OutboxMessage givenUp = outbox.enqueue(email("given-up"));
        OutboxMessage retrying = outbox.enqueue(email("retrying"));
        OutboxMessage sent = outbox.enqueue(email("sent"));
        outbox.enqueue(email("untried"));
        outbox.markFailing(givenUp.id(), "550 no such mailbox");
        outbox.retryLater(retrying.id(), "421 busy", Duration.ofMinutes(5));
        outbox.markSent(sent.id());

        assertThat(outbox.findFailing()).extracting(OutboxMessage::id, OutboxMessage::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(givenUp.id(), OutboxStatus.FAILING),
                org.assertj.core.groups.Tuple.tuple(retrying.id(), OutboxStatus.PENDING));
    }

    @Test
    void aVeryLongErrorIsCutToOneReadableLine() {
        OutboxMessage queued = outbox.enqueue(email("long"));
        outbox.retryLater(queued.id(), "x".repeat(5_000), Duration.ZERO);

        assertThat(outbox.findById(queued.id()).orElseThrow().lastError()).hasSize(JdbcMailOutbox.MAX_ERROR_LENGTH);
    }
}
