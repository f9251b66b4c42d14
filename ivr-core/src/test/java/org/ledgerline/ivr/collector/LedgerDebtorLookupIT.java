package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.compliance.DemoGateLedger;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.LedgerRows;

/** Which customer and debt a collector's call is about, from the demo ledger's numbers and accounts. */
class LedgerDebtorLookupIT {
    private static Ledger ledger;
    private static DebtorLookup debtors;

    @BeforeAll
    static void open() {
        ledger = DemoGateLedger.open();
        debtors = new LedgerDebtorLookup(ledger.accounts(), ledger.contactDetails(), ledger.collectorAssignments());
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static DebtorLookup.Debtor demo(String accountNumber) {
        return new DebtorLookup.Debtor(DemoGateLedger.customerId(ledger, accountNumber),
                DemoGateLedger.accountId(ledger, accountNumber));
    }

    @Test
    void aDialledNumberFindsItsCustomerAndAccount() {
        assertThat(debtors.byPhoneNumber("6465550148")).contains(demo("100045"));
        assertThat(debtors.byPhoneNumber("2135550159")).contains(demo("100042"));
        assertThat(debtors.byPhoneNumber("2125550100")).isEmpty();
    }

    @Test
    void aClickToDialsAccountIsTakenOnlyWithOneOfItsHoldersNumbers() {
        long account = DemoGateLedger.accountId(ledger, "100045");

        assertThat(debtors.byAccount(account, "6465550148")).contains(demo("100045"));
        assertThat(debtors.byAccount(account, "2125550141")).isEmpty();
        assertThat(debtors.byAccount(987_654_321L, "6465550148")).isEmpty();
    }

    @Test
    void aNumberOnSeveralAccountsAnswersWithTheOneOnACollectorsWorklist() {
        LedgerRows rows = new LedgerRows(ledger);
        long customer = rows.customer("Two Accounts Co.", "America/Chicago", "3125550177");
        rows.account(customer, "900001", "x");
        long worked = rows.account(customer, "900002", "x");
        long collector = ledger.users().findByUsername("collector1").orElseThrow().id();
        ledger.collectorAssignments().assign(collector, worked, Instant.parse("2026-11-01T15:00:00Z"), "test");

        assertThat(debtors.byPhoneNumber("3125550177")).contains(new DebtorLookup.Debtor(customer, worked));
    }
}
