package org.ledgerline.storage.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.NewCallAttempt;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcCollectorAssignmentRepositoryIT {
    private static final Instant MONDAY = Instant.parse("2026-11-23T14:00:00Z");

    private Ledger ledger;
    private CollectorAssignmentRepository assignments;
    private long casey;
    private long charlie;
    private long account;
    private long otherAccount;
    private long customer;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        LedgerRows rows = new LedgerRows(ledger);
        assignments = ledger.collectorAssignments();
        casey = rows.collector("collector1");
        charlie = rows.collector("collector2");
        customer = rows.customer("Acme", "America/New_York", "2125550101");
        account = rows.account(customer, "100038", "hash");
        otherAccount = rows.account(customer, "100039", "hash");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aCollectorsWorklistHoldsTheAccountsAssignedToThem() {
        assignments.assign(casey, account, MONDAY, "manager");
        assignments.assign(casey, otherAccount, MONDAY, "manager");

        assertThat(assignments.worklistOf(casey)).extracting(CollectorAssignment::accountId)
                .containsExactly(account, otherAccount);
        assertThat(assignments.worklistOf(charlie)).isEmpty();
    }

    @Test
    void assigningTheSameAccountToTheSameCollectorAgainChangesNothing() {
        CollectorAssignment first = assignments.assign(casey, account, MONDAY, "manager");

        assertThat(assignments.assign(casey, account, MONDAY.plusSeconds(60), "admin")).isEqualTo(first);
        assertThat(assignments.historyOf(account)).containsExactly(first);
    }

    @Test
    void handingAnAccountOverEndsThePreviousAssignmentAndKeepsItAsHistory() {
        assignments.assign(casey, account, MONDAY, "manager");
        CollectorAssignment handedOver = assignments.assign(charlie, account, MONDAY.plusSeconds(3_600), "manager");

        assertThat(assignments.activeAssignmentOf(account)).contains(handedOver);
        assertThat(assignments.historyOf(account)).hasSize(2).first().satisfies(ended -> {
            assertThat(ended.userId()).isEqualTo(casey);
            assertThat(ended.active()).isFalse();
            assertThat(ended.endedAt()).isEqualTo(MONDAY.plusSeconds(3_600));
        });
        assertThat(assignments.worklistOf(casey)).isEmpty();
        assertThat(ledger.audit().findBySubject("account", Long.toString(account))).extracting(AuditEntry::action)
                .containsExactly(JdbcCollectorAssignmentRepository.ACCOUNT_ASSIGNED,
                        JdbcCollectorAssignmentRepository.ACCOUNT_UNASSIGNED,
                        JdbcCollectorAssignmentRepository.ACCOUNT_ASSIGNED);
    }

    @Test
    void theWorklistPutsTheMostPastDueAccountFirstAndSaysWhenItWasLastContacted() {
        LedgerRows rows = new LedgerRows(ledger);
        LocalDate today = LocalDate.of(2026, 11, 24);
        rows.openInvoice(account, "700001", "100.00", today.minusDays(40));
        rows.openInvoice(account, "700002", "999.00", today.plusDays(5));
        long disputed = rows.openInvoice(otherAccount, "700003", "5000.00", today.minusDays(10));
        ledger.jdbc().update("dispute", "update invoices set status = 'DISPUTED' where id = ?", disputed);
        rows.openInvoice(otherAccount, "700004", "250.00", today.minusDays(3));
        ledger.jdbc().update("break a promise", """
                insert into promises_to_pay (idempotency_key, reference_number, account_id, amount, currency,
                                             promised_for, status)
                values ('p-1', 'REF0001', ?, 50.00, 'USD', date '2026-11-01', 'BROKEN')
                """, account);
        ledger.callAttempts().record(NewCallAttempt.inbound("in-1", otherAccount, "2125550101", null, MONDAY,
                AttemptDisposition.CONVERSATION));
        assignments.assign(casey, account, MONDAY, "manager");
        assignments.assign(casey, otherAccount, MONDAY, "manager");

        List<WorklistEntry> worklist = assignments.worklistEntriesOf(casey, today);

        assertThat(worklist).extracting(WorklistEntry::accountNumber).containsExactly("100039", "100038");
        WorklistEntry first = worklist.getFirst();
        assertThat(first.pastDueAmount()).isEqualByComparingTo("250.00");
        assertThat(first.oldestPastDueOn()).isEqualTo(today.minusDays(3));
        assertThat(first.lastConversationAt()).isEqualTo(MONDAY);
        assertThat(worklist.get(1).brokenPromises()).isEqualTo(1);
        assertThat(worklist.get(1).lastContactAt()).isNull();
        assertThat(worklist.get(1).timeZone().getId()).isEqualTo("America/New_York");
    }

    @Test
    void unassigningLeavesTheAccountWithNobody() {
        assignments.assign(casey, account, MONDAY, "manager");

        assertThat(assignments.unassign(account, MONDAY.plusSeconds(60), "manager")).isTrue();
        assertThat(assignments.unassign(account, MONDAY.plusSeconds(120), "manager")).isFalse();
        assertThat(assignments.activeAssignmentOf(account)).isEmpty();
    }

    @Test
    void aCollectorWorksACustomerOnlyWhileOneOfItsAccountsIsAssignedToThem() {
        assertThat(assignments.worksCustomer(casey, customer)).isFalse();
        assignments.assign(casey, account, MONDAY, "manager");

        assertThat(assignments.worksCustomer(casey, customer)).isTrue();
        assertThat(assignments.worksCustomer(charlie, customer)).isFalse();

        assignments.unassign(account, MONDAY.plusSeconds(60), "manager");
        assertThat(assignments.worksCustomer(casey, customer)).isFalse();
    }
}
