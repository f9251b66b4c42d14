package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.compliance.DemoGateLedger;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;

/**
 * Gate decisions in {@code contact_attempts} and the audit log: the row the frequency rule counts,
 * written once per call reference, and the outcome the call records fill in later by the same key.
 */
class LedgerGateDecisionLogIT {
    private static final Instant NOW = Instant.parse("2026-11-24T16:30:00Z");
    private static Ledger ledger;
    private static GateDecisionLog decisions;
    private static long account;
    private static DebtorLookup.Debtor debtor;

    @BeforeAll
    static void open() {
        ledger = DemoGateLedger.open();
        decisions = new LedgerGateDecisionLog(ledger, ledger.callAttempts(), ledger.users(), ledger.calls(),
                ledger.collectorCalls(), ledger.audit());
        account = DemoGateLedger.accountId(ledger, "100045");
        debtor = new DebtorLookup.Debtor(DemoGateLedger.customerId(ledger, "100045"), account);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static GateVerdict verdict(String callRef, Optional<String> collector, Optional<DebtorLookup.Debtor> who,
            Optional<String> reason) {
        return new GateVerdict(callRef, callRef + ".id", "PJSIP/2001", collector, "6465550148", who, reason,
                reason.isPresent() ? "refused" : "", reason.isEmpty(), "the business announces every call",
                Optional.empty(), "", NOW);
    }

    @Test
    void anAllowedCallIsAPlacedCallInProgressThatTheFrequencyRuleCountsAndTheCallRecordsFinish() {
        decisions.record(verdict("collector-1-1", Optional.of("collector1"), Optional.of(debtor), Optional.empty()));

        CallAttempt row = ledger.callAttempts().findByIdempotencyKey(LedgerGateDecisionLog.attemptKey("collector-1-1"))
                .orElseThrow();
        assertThat(row.idempotencyKey()).isEqualTo("gate/collector-1-1");
        assertThat(row.disposition()).isEqualTo(AttemptDisposition.IN_PROGRESS);
        assertThat(row.startedAt()).isEqualTo(NOW);
        assertThat(row.collectorUserId()).isEqualTo(ledger.users().findByUsername("collector1").orElseThrow().id());
        assertThat(ledger.callAttempts().callsAbout(account, NOW)).extracting(CallAttempt::id).contains(row.id());

        CollectorCall record = ledger.collectorCalls().findByIdempotencyKey("collector-1-1.id").orElseThrow();
        assertThat(record.gate().allowed()).isTrue();
        assertThat(record.callId()).as("the calls row promises link to").isEqualTo("collector-1-1");
        assertThat(ledger.calls().findById("collector-1-1")).hasValueSatisfying(
                call -> assertThat(call.accountId()).isEqualTo(account));
        assertThat(row.collectorCallId()).isEqualTo(record.id());
        assertThat(ledger.callAttempts().findByCollectorCall(record.id())).extracting(CallAttempt::id)
                .containsExactly(row.id());

        CallAttempt ended = ledger.callAttempts().recordOutcome(row.id(), NOW.plusSeconds(12), NOW.plusSeconds(200),
                AttemptDisposition.CONVERSATION);

        assertThat(ended.conversation()).isTrue();
    }

    @Test
    void aDeniedCallIsWrittenWithItsReasonAndIsNeverCountedAsPlaced() {
        decisions.record(verdict("collector-2-1", Optional.of("collector1"), Optional.of(debtor),
                Optional.of("CUSTOMER_INCONVENIENT_TIME")));

        CallAttempt row = ledger.callAttempts().findByIdempotencyKey("gate/collector-2-1").orElseThrow();
        assertThat(row.placed()).isFalse();
        assertThat(row.gate()).isNotNull().satisfies(gate -> assertThat(gate.reasonCode())
                .isEqualTo("CUSTOMER_INCONVENIENT_TIME"));
        assertThat(ledger.callAttempts().callsAbout(account, NOW)).extracting(CallAttempt::id)
                .doesNotContain(row.id());
        assertThat(ledger.audit().findBySubject("account", Long.toString(account)))
                .filteredOn(line -> "collector-2-1.id".equals(line.callId())).singleElement()
                .satisfies(line -> assertThat(line.action()).isEqualTo("collector-call-denied"));
        assertThat(ledger.collectorCalls().findByIdempotencyKey("collector-2-1.id")).hasValueSatisfying(record -> {
            assertThat(record.gate().reasonCode()).isEqualTo("CUSTOMER_INCONVENIENT_TIME");
            assertThat(record.endedAt()).isEqualTo(NOW);
            assertThat(record.disposition()).isNull();
            assertThat(record.callId()).isEqualTo("collector-2-1");
        });
    }

    @Test
    void aKnownCollectorsCallToAnUnknownNumberGetsADeniedRecordWithoutAnAccount() {
        decisions.record(verdict("collector-5-1", Optional.of("collector1"), Optional.empty(),
                Optional.of("UNKNOWN_NUMBER")));

        assertThat(ledger.callAttempts().findByIdempotencyKey("gate/collector-5-1")).isEmpty();
        assertThat(ledger.collectorCalls().findByIdempotencyKey("collector-5-1.id")).hasValueSatisfying(record -> {
            assertThat(record.gate().reasonCode()).isEqualTo("UNKNOWN_NUMBER");
            assertThat(record.accountId()).isNull();
            assertThat(record.dialledNumber()).isEqualTo("6465550148");
        });
    }

    @Test
    void aRetriedDecisionForTheSameCallLandsOnceAndTheFirstStands() {
        decisions.record(verdict("collector-3-1", Optional.of("collector1"), Optional.of(debtor), Optional.empty()));
        decisions.record(verdict("collector-3-1", Optional.of("collector1"), Optional.of(debtor),
                Optional.of("TOO_MANY_CALLS")));

        assertThat(ledger.callAttempts().callsAbout(account, NOW)).extracting(CallAttempt::idempotencyKey)
                .containsOnlyOnce("gate/collector-3-1");
        assertThat(ledger.callAttempts().findByIdempotencyKey("gate/collector-3-1").orElseThrow().placed()).isTrue();
        assertThat(ledger.collectorCalls().findByIdempotencyKey("collector-3-1.id"))
                .hasValueSatisfying(record -> assertThat(record.gate().allowed()).isTrue());
        assertThat(ledger.audit().findBySubject("account", Long.toString(account)))
                .filteredOn(line -> "collector-3-1.id".equals(line.callId())).singleElement()
                .satisfies(line -> assertThat(line.action()).isEqualTo("collector-call-allowed"));
    }

    @Test
    void aDecisionAboutNoKnownDebtIsAuditedOnly() {
        decisions.record(verdict("collector-4-1", Optional.empty(), Optional.empty(),
                Optional.of("UNKNOWN_COLLECTOR")));

        assertThat(ledger.callAttempts().findByIdempotencyKey("gate/collector-4-1")).isEmpty();
        assertThat(ledger.collectorCalls().findByIdempotencyKey("collector-4-1.id")).isEmpty();
        assertThat(ledger.audit().findBySubject("phone-number", "6465550148"))
                .filteredOn(line -> "collector-4-1.id".equals(line.callId())).singleElement()
                .satisfies(line -> assertThat(line.actor()).isEqualTo("unknown-collector"));
    }
}
