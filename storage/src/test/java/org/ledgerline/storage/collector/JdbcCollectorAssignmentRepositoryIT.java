package org.ledgerline.storage.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
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

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        LedgerRows rows = new LedgerRows(ledger);
        assignments = ledger.collectorAssignments();
        casey = rows.collector("collector1");
        charlie = rows.collector("collector2");
        long customer = rows.customer("Acme", "America/New_York", "2125550101");
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
    void unassigningLeavesTheAccountWithNobody() {
        assignments.assign(casey, account, MONDAY, "manager");

        assertThat(assignments.unassign(account, MONDAY.plusSeconds(60), "manager")).isTrue();
        assertThat(assignments.unassign(account, MONDAY.plusSeconds(120), "manager")).isFalse();
        assertThat(assignments.activeAssignmentOf(account)).isEmpty();
    }
}
