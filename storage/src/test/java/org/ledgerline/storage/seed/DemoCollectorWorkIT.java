package org.ledgerline.storage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.collector.CollectorAssignment;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;
import org.ledgerline.storage.contact.CustomerPhone;
import org.ledgerline.storage.contact.FlagRecord;
import org.ledgerline.storage.contact.FlagType;
import org.ledgerline.storage.contact.JdbcFlagRepository;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class DemoCollectorWorkIT {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Ledger ledger;
    private static boolean workBeforeTheUsers;
    private static boolean workOnceTheUsersExist;
    private static long collector1;
    private static long collector2;

    @BeforeAll
    static void seed() {
        ledger = TestLedgers.newSeededLedger(TODAY);
        // The node creates the demo users after the ledger's demo data, then asks for the collectors' work.
        workBeforeTheUsers = DemoSeeder.seedCollectorWorkIfReady(ledger, TODAY);
        LedgerRows rows = new LedgerRows(ledger);
        collector1 = rows.collector(DemoDebtors.COLLECTOR_1);
        collector2 = rows.collector(DemoDebtors.COLLECTOR_2);
        workOnceTheUsersExist = DemoSeeder.seedCollectorWorkIfReady(ledger, TODAY);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void theCollectorsWorkWaitsForTheDemoUsersAndIsSeededOnce() {
        assertThat(workBeforeTheUsers).isFalse();
        assertThat(workOnceTheUsersExist).isTrue();
        long calls = new LedgerRows(ledger).count("collector_calls");

        assertThat(DemoSeeder.seedCollectorWorkIfReady(ledger, TODAY.plusDays(1))).isFalse();
        assertThat(DemoSeeder.seedIfEmpty(ledger, TestLedgers.fastPinHasher(), TODAY.plusDays(1))).isFalse();
        assertThat(new LedgerRows(ledger).count("collector_calls")).isEqualTo(calls);
    }

    @Test
    void eachDemoCollectorHasAWorklistOfNewDebtorsAndOlderAccounts() {
        for (long collector : List.of(collector1, collector2)) {
            List<CollectorAssignment> worklist = ledger.collectorAssignments().worklistOf(collector);
            assertThat(worklist).hasSize(8);
            assertThat(ledger.collectorCalls().findByCollector(collector, Instant.EPOCH)).isNotEmpty();
        }
    }

    @Test
    void everyUsZoneHasADebtorAndOneMobileComesFromAnotherZoneThanTheAddress() {
        List<String> zones = ledger.jdbc().query("zones", """
                select distinct c.time_zone from customers c
                  join accounts a on a.customer_id = c.id
                  join collector_assignments ca on ca.account_id = a.id
                """, row -> row.getString(1));
        long split = customerOf(DemoDebtors.SPLIT_ZONE_ACCOUNT);

        assertThat(zones).contains("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu");
        assertThat(ledger.contactDetails().locationOf(split).orElseThrow().zone().getId())
                .isEqualTo("America/Phoenix");
        assertThat(ledger.contactDetails().phonesOf(split)).extracting(CustomerPhone::areaCodeZones)
                .containsExactly(List.of("America/New_York"));
    }

    @Test
    void oneAccountHadSevenCountedCallsThisWeekAndAnotherAConversationTwoDaysAgo() {
        Instant weekAgo = TODAY.minusDays(6).atStartOfDay(DemoDebtors.zoneOf(DemoDebtors.SEVEN_CALLS_ACCOUNT))
                .toInstant();
        List<CallAttempt> sevenCalls = ledger.callAttempts().callsAbout(accountOf(DemoDebtors.SEVEN_CALLS_ACCOUNT),
                weekAgo);
        List<CallAttempt> conversation = ledger.callAttempts()
                .callsAbout(accountOf(DemoDebtors.RECENT_CONVERSATION_ACCOUNT), weekAgo);

        assertThat(sevenCalls).hasSize(7).allSatisfy(call -> assertThat(call.disposition())
                .isNotIn(AttemptDisposition.BUSY, AttemptDisposition.NOT_CONNECTED, AttemptDisposition.SWITCH_FAILURE));
        assertThat(conversation).singleElement().satisfies(call -> assertThat(call.conversation()).isTrue());
        Long callRecord = conversation.getFirst().collectorCallId();
        assertThat(callRecord).isNotNull();
        assertThat(ledger.collectorCalls().findById(Objects.requireNonNull(callRecord)).orElseThrow()
                .answeredAt()).isNotNull();
    }

    @Test
    void theFlagsTheDeskMustShowAreSetWithWhoAndWhenAndAClearedOneStaysAsHistory() {
        assertThat(ledger.flags().activeFlagsOf(customerOf(DemoDebtors.DO_NOT_CALL_ACCOUNT)))
                .extracting(FlagRecord::type).containsExactly(FlagType.DO_NOT_CALL);
        assertThat(ledger.flags().activeFlagsOf(customerOf(DemoDebtors.ATTORNEY_ACCOUNT)))
                .extracting(FlagRecord::type).containsExactly(FlagType.ATTORNEY_REPRESENTED);
        assertThat(ledger.flags().activeFlagsOf(customerOf(DemoDebtors.WRONG_NUMBER_ACCOUNT)))
                .extracting(FlagRecord::phoneNumber).containsExactly(DemoDebtors.WRONG_NUMBER);
        long cleared = customerOf(DemoDebtors.CLEARED_FLAG_ACCOUNT);
        assertThat(ledger.flags().activeFlagsOf(cleared)).isEmpty();
        assertThat(ledger.flags().flagsOf(cleared)).singleElement()
                .satisfies(flag -> assertThat(flag.clearedBy()).isEqualTo("manager"));
        assertThat(ledger.audit().findBySubject("customer", Long.toString(cleared))).extracting(AuditEntry::action)
                .containsExactly(JdbcFlagRepository.FLAG_SET, JdbcFlagRepository.FLAG_CLEARED);
    }

    @Test
    void theDoNotCallCustomerWasRefusedYesterdayAndTheRefusalIsNotACall() {
        long account = accountOf(DemoDebtors.DO_NOT_CALL_ACCOUNT);
        List<String> decisions = ledger.jdbc().query("decisions",
                "select gate_decision || ':' || coalesce(gate_reason, '') from contact_attempts where account_id = ?"
                        + " order by started_at",
                row -> row.getString(1), account);

        assertThat(decisions).containsExactly("ALLOWED:", "DENIED:DO_NOT_CALL");
        assertThat(ledger.callAttempts().callsAbout(account, Instant.EPOCH)).hasSize(1);
    }

    @Test
    void theAtWorkCustomerSaidWeekdaysNineToFiveAreInconvenient() {
        assertThat(ledger.inconvenientTimes().inconvenientTimesOf(customerOf(DemoDebtors.AT_WORK_ACCOUNT)))
                .singleElement()
                .satisfies(time -> assertThat(time.days()).hasSize(5))
                .satisfies(time -> assertThat(time.recordedBy()).isEqualTo(DemoDebtors.COLLECTOR_1));
    }

    @Test
    void theSelfServeDemoAccountsKeepTheirCallerIdsAndGainTheirAddressState() {
        assertThat(ledger.accounts().findByPhoneNumber(DemoSeeder.DEMO_PHONE_NUMBER))
                .extracting(account -> account.accountNumber()).containsExactly(DemoSeeder.DEMO_ACCOUNT_NUMBER);
        int withoutState = ledger.jdbc().queryOne("count",
                "select count(*) from customers where address_state is null", row -> row.getInt(1));
        assertThat(withoutState).isZero();
        assertThat(ledger.flags().flagsOf(customerOf(DemoSeeder.DEMO_ACCOUNT_NUMBER))).isEmpty();
    }

    private static long accountOf(String accountNumber) {
        return ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().id();
    }

    private static long customerOf(String accountNumber) {
        return ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().customerId();
    }
}
