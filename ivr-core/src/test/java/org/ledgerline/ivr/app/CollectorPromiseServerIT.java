package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.collector.CollectorPromiseFlow;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.promise.Promise;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The keypad promise through the node as shipped: the emulated Asterisk runs
 * {@code collector-promise} on the demo collector's channel ({@code collector1} at PJSIP/2001)
 * carrying the variables the gate set on it, against a seeded PostgreSQL ledger. The emulated
 * Asterisk has LedgerLine's prompts and none of its own sounds.
 */
class CollectorPromiseServerIT {
    private static RunningServer node;

    @BeforeAll
    static void start() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of("ledgerline.promises.settlementEnabled", "false"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /** The feature pressed on the collector's bridged channel: same channel and call, a new AGI each press. */
    private static CallTranscript press(String callRef, long accountId, String keys) {
        return press(new AgiEnvironment(CollectorPromiseFlow.NAME, "2001", "Casey Collector", "PJSIP/2001-0000002a",
                "1795510180.42", "en", "ledgerline-collectors", "2125550100", List.of()), callRef, accountId, keys);
    }

    private static CallTranscript press(AgiEnvironment feature, String callRef, long accountId, String keys) {
        try {
            return node.emulator().call(feature, CallerScript.parse(keys),
                    Map.of("LEDGERLINE_CALL_REF", callRef, "LEDGERLINE_ACCOUNT", Long.toString(accountId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aKeypadPromiseLandsOnceLinkedToTheCallAndTheCollectorEvenWhenThePressIsRetried() {
        String callRef = "collector-1795510180-42";
        Account account = ledger().accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER).orElseThrow();

        CallTranscript first = press(callRef, account.id(), "100*25# 1201# 1");
        CallTranscript retried = press(callRef, account.id(), "100*25# 1201# 1");

        assertThat(first.promptKeys()).containsSubsequence("collector-promise-enter-amount",
                "collector-promise-enter-date", "collector-promise-readback-amount", "collector-promise-recorded");
        assertThat(retried.promptKeys()).startsWith("collector-promise-already-recorded")
                .doesNotContain("collector-promise-enter-amount");
        for (CallTranscript call : List.of(first, retried)) {
            assertThat(call.missingSounds()).as("our prompts only, never Asterisk's sounds").isEmpty();
            assertThat(call.transferDestination()).as("the collector stays on the call").isEmpty();
            assertThat(call.agiStatus()).contains("SUCCESS");
        }
        Promise promise = ledger().promises().findByIdempotencyKey(callRef + "/collector-promise/1").orElseThrow();
        assertThat(promise.amount()).isEqualByComparingTo("100.25");
        assertThat(promise.promisedFor()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(promise.accountId()).isEqualTo(account.id());
        assertThat(promise.callId()).isEqualTo(callRef);
        assertThat(count("select count(*) from promises_to_pay where call_id = ?", callRef)).isEqualTo(1);
        assertThat(ledger().calls().findById(callRef)).hasValueSatisfying(
                call -> assertThat(call.accountId()).isEqualTo(account.id()));
        assertThat(ledger().audit().findBySubject("promise", Long.toString(promise.id())))
                .filteredOn(entry -> entry.action().equals(CollectorPromiseFlow.TAKEN_BY))
                .singleElement().extracting(AuditEntry::actor).isEqualTo("collector1");
    }

    @Test
    void aPhoneNoCollectorOwnsIsToldThePromiseWasNotRecorded() {
        Account account = ledger().accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER).orElseThrow();
        AgiEnvironment feature = new AgiEnvironment(CollectorPromiseFlow.NAME, "2999", "Nobody",
                "PJSIP/2999-0000002b", "1795510180.43", "en", "ledgerline-collectors", "2125550100", List.of());

        CallTranscript call = press(feature, "collector-1795510180-43", account.id(), "_");

        assertThat(call.promptKeys()).containsExactly("collector-promise-unknown-collector",
                "collector-promise-not-recorded");
        assertThat(count("select count(*) from promises_to_pay where call_id = ?", "collector-1795510180-43"))
                .isZero();
    }

    private static Ledger ledger() {
        return node.server.ledger();
    }

    private static long count(String sql, String callId) {
        return ledger().jdbc().queryOne("test: count", sql, row -> row.getLong(1), callId);
    }
}
