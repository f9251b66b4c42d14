package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.TranscriptEntry;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The collector gate in a real node on the demo ledger, through FastAGI as
 * {@code [ledgerline-collectors]} runs it: collector1's desk phone ({@code PJSIP/2001}) dials the demo
 * customers. The node's clock is Tuesday 2026-11-24 16:30 UTC: 11:30 in New York, 09:30 in Denver and
 * Phoenix, 08:30 in Los Angeles, 07:30 in Anchorage and 06:30 in Honolulu, so the East is inside the
 * calling window and Hawaii is not. Every decision must show in the dialplan's variables, in what the
 * collector hears, in {@code contact_attempts} (key {@code gate/<call ref>}) and in the audit log.
 */
class CollectorGateNodeIT {
    private static final Clock TUESDAY_MORNING_PACIFIC = Clock.fixed(Instant.parse("2026-11-24T16:30:00Z"),
            ZoneOffset.UTC);
    private static final String COLLECTOR_PHONE = "PJSIP/2001-0000002a";

    private static RunningServer node;
    private static Ledger ledger;

    @BeforeAll
    static void startNode() {
        LedgerSettings database = TestLedgers.newDatabase();
        node = RunningServer.on(database, Map.of(), TUESDAY_MORNING_PACIFIC);
        ledger = Ledger.open(database);
    }

    @AfterAll
    static void stopNode() {
        ledger.close();
        node.close();
    }

    private static CallTranscript dial(String channel, String uniqueId, String number) {
        return node.call(new AgiEnvironment("gate", "2001", "Casey Collector", channel, uniqueId, "en",
                "ledgerline-collectors", number, List.of(number)), "_");
    }

    private static Map<String, String> variables(CallTranscript call) {
        Map<String, String> set = new LinkedHashMap<>();
        for (TranscriptEntry.VariableSet variable : call.entriesOf(TranscriptEntry.VariableSet.class)) {
            set.put(variable.name(), variable.value());
        }
        return set;
    }

    private static long accountId(String accountNumber) {
        return ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().id();
    }

    private static CallAttempt attempt(String uniqueId) {
        return ledger.callAttempts().findByIdempotencyKey("gate/collector-" + uniqueId.replace('.', '-'))
                .orElseThrow();
    }

    private static List<AuditEntry> gateLines(String accountNumber, String uniqueId) {
        return ledger.audit().findBySubject("account", Long.toString(accountId(accountNumber))).stream()
                .filter(entry -> uniqueId.equals(entry.callId())).toList();
    }

    /** Denied with {@code reason}: the variables, the words heard, the row and the audit line agree. */
    private static void assertDenied(String accountNumber, String number, String uniqueId, String reason) {
        CallTranscript call = dial(COLLECTOR_PHONE, uniqueId, number);

        assertThat(variables(call)).containsEntry("LEDGERLINE_GATE", "DENY")
                .containsEntry("LEDGERLINE_GATE_REASON", reason).containsEntry("LEDGERLINE_DIAL_NUMBER", "")
                .containsEntry("LEDGERLINE_ACCOUNT", Long.toString(accountId(accountNumber)));
        assertThat(call.promptKeys()).startsWith("collector-gate-not-placed",
                "collector-gate-reason-" + reason.toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(call.missingSounds()).isEmpty();
        CallAttempt row = attempt(uniqueId);
        assertThat(row.accountId()).isEqualTo(accountId(accountNumber));
        assertThat(row.placed()).isFalse();
        assertThat(row.gate()).isNotNull().satisfies(gate -> {
            assertThat(gate.allowed()).isFalse();
            assertThat(gate.reasonCode()).isEqualTo(reason);
        });
        assertThat(gateLines(accountNumber, uniqueId)).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("collector-call-denied");
            assertThat(line.actor()).isEqualTo("collector1");
            assertThat(line.detail()).startsWith("DENY " + reason);
        });
    }

    @Test
    void aCallInsideBothZonesOfTheCustomerIsAllowedAndCountsAsAPlacedCall() {
        CallTranscript call = dial(COLLECTOR_PHONE, "1795600001.1", "6465550148");

        assertThat(variables(call)).containsEntry("LEDGERLINE_GATE", "ALLOW")
                .containsEntry("LEDGERLINE_GATE_REASON", "").containsEntry("LEDGERLINE_ANNOUNCE", "1")
                .containsEntry("LEDGERLINE_DIAL_NUMBER", "6465550148")
                .containsEntry("LEDGERLINE_ACCOUNT", Long.toString(accountId("100045")))
                .containsEntry("LEDGERLINE_CALL_REF", "collector-1795600001-1");
        assertThat(call.promptKeys()).isEmpty();
        assertThat(call.agiStatus()).contains("SUCCESS");
        CallAttempt row = attempt("1795600001.1");
        assertThat(row.disposition()).isEqualTo(AttemptDisposition.IN_PROGRESS);
        assertThat(row.collectorUserId()).isEqualTo(ledger.users().findByUsername("collector1").orElseThrow().id());
        assertThat(ledger.callAttempts().callsAbout(accountId("100045"), TUESDAY_MORNING_PACIFIC.instant()))
                .extracting(CallAttempt::idempotencyKey).contains("gate/collector-1795600001-1");
        assertThat(gateLines("100045", "1795600001.1")).singleElement()
                .satisfies(line -> assertThat(line.action()).isEqualTo("collector-call-allowed"));
    }

    @Test
    void aDoNotCallFlagDeniesTheCall() {
        assertDenied("100040", "3035550143", "1795600002.1", "DO_NOT_CALL");
    }

    @Test
    void anAttorneyRepresentingTheCustomerDeniesTheCall() {
        assertDenied("100043", "9075550146", "1795600003.1", "ATTORNEY_REPRESENTED");
    }

    @Test
    void aNumberFlaggedAsWrongIsNotCalledThoughTheCustomersOtherNumberIs() {
        assertDenied("100042", "2135550159", "1795600004.1", "WRONG_NUMBER");
    }

    @Test
    void theEighthAttemptInSevenDaysIsDenied() {
        assertDenied("100038", "2125550141", "1795600005.1", "TOO_MANY_CALLS");
    }

    @Test
    void aCallWithinSevenDaysAfterAConversationIsDenied() {
        assertDenied("100039", "3125550142", "1795600006.1", "RECENT_CONVERSATION");
    }

    @Test
    void aCallBeforeEightInHawaiiIsDeniedAndTheCollectorHearsWhenItMayBePlaced() {
        assertDenied("100044", "8085550147", "1795600007.1", "OUTSIDE_CALLING_HOURS");

        CallAttempt row = attempt("1795600007.1");
        assertThat(ledger.audit().findBySubject("account", Long.toString(row.accountId())))
                .filteredOn(line -> "1795600007.1".equals(line.callId())).singleElement()
                .satisfies(line -> assertThat(line.detail()).contains("next allowed 2026-11-24T18:00:00Z"));
    }

    @Test
    void aCallDuringTheHoursTheCustomerSaidAreInconvenientIsDenied() {
        assertDenied("100041", "6025550144", "1795600008.1", "CUSTOMER_INCONVENIENT_TIME");
    }

    @Test
    void aPhoneThatIsNoCollectorsIsDeniedAndAuditedAgainstTheNumber() {
        CallTranscript call = dial("PJSIP/2999-0000002b", "1795600009.1", "6465550148");

        assertThat(variables(call)).containsEntry("LEDGERLINE_GATE", "DENY")
                .containsEntry("LEDGERLINE_GATE_REASON", "UNKNOWN_COLLECTOR");
        assertThat(call.promptKeys()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-unknown-collector");
        assertThat(ledger.callAttempts().findByIdempotencyKey("gate/collector-1795600009-1")).isEmpty();
        assertThat(ledger.audit().findBySubject("phone-number", "6465550148")).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("unknown-collector");
            assertThat(line.action()).isEqualTo("collector-call-denied");
        });
    }

    @Test
    void aRetriedGateCallWithTheSameCallRefLandsOnce() {
        CallTranscript first = dial(COLLECTOR_PHONE, "1795600010.1", "2135550145");
        CallTranscript retry = dial(COLLECTOR_PHONE, "1795600010.1", "2135550145");

        assertThat(variables(first)).containsEntry("LEDGERLINE_GATE", "ALLOW");
        assertThat(variables(retry)).containsEntry("LEDGERLINE_GATE", "ALLOW")
                .containsEntry("LEDGERLINE_CALL_REF", "collector-1795600010-1");
        assertThat(ledger.callAttempts().callsAbout(accountId("100042"), TUESDAY_MORNING_PACIFIC.instant()))
                .extracting(CallAttempt::idempotencyKey).containsOnlyOnce("gate/collector-1795600010-1");
        assertThat(gateLines("100042", "1795600010.1")).hasSize(1);
    }

    @Test
    void sevenCallsTheGateAllowedMakeItRefuseTheEighth() {
        LedgerRows rows = new LedgerRows(ledger);
        long customer = rows.customer("Seven Calls Today Inc.", "America/New_York", "2125550190");
        ledger.contactDetails().setAddressState(customer, "NY");
        long account = rows.account(customer, "900190", "x");

        for (int call = 1; call <= 7; call++) {
            assertThat(variables(dial(COLLECTOR_PHONE, "1795600100." + call, "2125550190")))
                    .containsEntry("LEDGERLINE_GATE", "ALLOW");
        }
        // Asterisk retries the seventh call's AGI (a lost reply): the recorded ALLOW is told again; its
        // own attempt must not make it look like an eighth call.
        assertThat(variables(dial(COLLECTOR_PHONE, "1795600100.7", "2125550190")))
                .containsEntry("LEDGERLINE_GATE", "ALLOW").containsEntry("LEDGERLINE_DIAL_NUMBER", "2125550190")
                .containsEntry("LEDGERLINE_CALL_REF", "collector-1795600100-7");
        CallTranscript eighth = dial(COLLECTOR_PHONE, "1795600100.8", "2125550190");

        assertThat(variables(eighth)).containsEntry("LEDGERLINE_GATE", "DENY")
                .containsEntry("LEDGERLINE_GATE_REASON", "TOO_MANY_CALLS")
                .containsEntry("LEDGERLINE_ACCOUNT", Long.toString(account));
        assertThat(ledger.callAttempts().callsAbout(account, TUESDAY_MORNING_PACIFIC.instant())).hasSize(7)
                .allSatisfy(row -> assertThat(row.disposition()).isEqualTo(AttemptDisposition.IN_PROGRESS));
    }
}
