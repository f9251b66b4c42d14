package org.ledgerline.storage.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcCallAttemptRepositoryIT {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant NOW = Instant.parse("2026-11-24T16:00:00Z");
    private static final String NUMBER = "3125550102";

    private Ledger ledger;
    private LedgerRows rows;
    private CallAttemptRepository attempts;
    private long account;
    private long collector;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        attempts = ledger.callAttempts();
        account = rows.account(rows.customer("Acme", "America/Chicago", NUMBER), "100001", "hash");
        collector = rows.collector("collector1");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aRetriedAttemptIsRecordedOnceAndReturnsTheOriginal() {
        NewCallAttempt placed = NewCallAttempt.placed("1795510179.7/" + account, account, NUMBER, collector, null, NOW);

        CallAttempt first = attempts.record(placed);
        CallAttempt retried = attempts.record(placed);

        assertThat(retried).isEqualTo(first);
        assertThat(first.disposition()).isEqualTo(AttemptDisposition.IN_PROGRESS);
        assertThat(first.gate()).isEqualTo(GateVerdict.allow());
        assertThat(rows.count("contact_attempts")).isEqualTo(1);
    }

    @Test
    void reusingAKeyForAnotherCallIsRefusedAndWritesNothing() {
        attempts.record(NewCallAttempt.placed("k-1", account, NUMBER, collector, null, NOW));

        assertThatThrownBy(() -> attempts.record(NewCallAttempt.placed("k-1", account, "3125550199", collector, null,
                NOW))).isInstanceOf(IdempotencyConflictException.class);
        assertThat(rows.count("contact_attempts")).isEqualTo(1);
    }

    @Test
    void theFirstOutcomeWinsAndAConversationIsDerivedFromTheDisposition() {
        CallAttempt placed = attempts.record(NewCallAttempt.placed("k-1", account, NUMBER, collector, null, NOW));

        CallAttempt ended = attempts.recordOutcome(placed.id(), NOW.plusSeconds(12), NOW.plusSeconds(300),
                AttemptDisposition.CONVERSATION);
        CallAttempt replayed = attempts.recordOutcome(placed.id(), null, NOW.plusSeconds(400),
                AttemptDisposition.NO_ANSWER);

        assertThat(ended.conversation()).isTrue();
        assertThat(ended.answeredAt()).isEqualTo(NOW.plusSeconds(12));
        assertThat(replayed).isEqualTo(ended);
        assertThatThrownBy(() -> attempts.recordOutcome(placed.id(), null, NOW, AttemptDisposition.IN_PROGRESS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeniedCallIsKeptForTheAuditTrailButIsNotACallAboutTheDebt() {
        attempts.record(NewCallAttempt.denied("k-denied", account, NUMBER, collector, null, NOW, "TOO_MANY_CALLS"));
        attempts.record(NewCallAttempt.inbound("k-in", account, NUMBER, null, NOW.plusSeconds(60),
                AttemptDisposition.CONVERSATION));

        assertThat(attempts.findByIdempotencyKey("k-denied").orElseThrow())
                .satisfies(denied -> assertThat(denied.placed()).isFalse())
                .satisfies(denied -> assertThat(denied.gate()).isEqualTo(GateVerdict.deny("TOO_MANY_CALLS")));
        assertThat(attempts.callsAbout(account, NOW.minusSeconds(1)))
                .extracting(CallAttempt::idempotencyKey).containsExactly("k-in");
    }

    @Test
    void theSchemaRefusesAnAttemptWhoseGateAndDispositionDisagree() {
        assertThatThrownBy(() -> ledger.jdbc().update("insert", """
                insert into contact_attempts (idempotency_key, account_id, direction, phone_number, started_at,
                                              disposition, gate_decision, gate_reason)
                values ('bad', ?, 'OUTBOUND', '3125550102', now(), 'NO_ANSWER', 'DENIED', 'DO_NOT_CALL')
                """, account)).isInstanceOf(StorageException.class);
    }

    @Test
    void aSevenDayWindowOpenedAtLocalMidnightBeforeTheFallBackCountsTheCallsOfThatMorning() {
        // Today is Wed 4 Nov 2026 in Chicago (CST, UTC-6); the window opens at 00:00 on Thu 29 Oct,
        // still CDT (UTC-5): 05:00Z. Using today's offset would open it an hour late, at 06:00Z.
        Instant windowOpens = LocalDate.of(2026, 10, 29).atStartOfDay(CHICAGO).toInstant();
        Instant justAfterMidnight = LocalDateTime.of(2026, 10, 29, 0, 30).atZone(CHICAGO).toInstant();
        Instant theEveningBefore = LocalDateTime.of(2026, 10, 28, 23, 30).atZone(CHICAGO).toInstant();
        Instant afterTheChange = LocalDateTime.of(2026, 11, 3, 20, 45).atZone(CHICAGO).toInstant();
        record("before", theEveningBefore, AttemptDisposition.NO_ANSWER);
        record("early", justAfterMidnight, AttemptDisposition.LEFT_MESSAGE);
        record("after", afterTheChange, AttemptDisposition.BUSY);

        assertThat(windowOpens).isEqualTo(Instant.parse("2026-10-29T05:00:00Z"));
        assertThat(attempts.callsAbout(account, windowOpens))
                .extracting(CallAttempt::idempotencyKey, CallAttempt::startedAt)
                .containsExactly(
                        tuple("early", Instant.parse("2026-10-29T05:30:00Z")),
                        tuple("after", Instant.parse("2026-11-04T02:45:00Z")));
        assertThat(attempts.callsAbout(account,
                LocalDate.of(2026, 10, 29).atStartOfDay(ZoneOffset.ofHours(-6)).toInstant()))
                .as("a window opened with the winter offset misses the call made just after midnight")
                .extracting(CallAttempt::idempotencyKey).containsExactly("after");
    }

    private void record(String key, Instant at, AttemptDisposition disposition) {
        CallAttempt placed = attempts.record(NewCallAttempt.placed(key, account, NUMBER, collector, null, at));
        attempts.recordOutcome(placed.id(), null, at.plusSeconds(30), disposition);
    }
}
