package org.ledgerline.storage.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcAlertRepositoryIT {
    private Ledger ledger;
    private LedgerRows rows;
    private long customerId;
    private long accountId;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        customerId = rows.customer("Harbor Supply Co.", "America/New_York");
        accountId = rows.account(customerId, "100001", "hash");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void raisesAnAlertOncePerKey() {
        Alert first = ledger.alerts().raise("promise-broken:7", "PROMISE_BROKEN", customerId, accountId,
                "Promise broken", "Account 100001 did not pay.");
        Alert again = ledger.alerts().raise("promise-broken:7", "PROMISE_BROKEN", customerId, accountId,
                "Promise broken (again)", "Second attempt.");

        assertThat(again).isEqualTo(first);
        assertThat(first.severity()).isEqualTo("WARNING");
        assertThat(first.customerId()).isEqualTo(customerId);
        assertThat(first.accountId()).isEqualTo(accountId);
        assertThat(rows.count("alerts")).isEqualTo(1);
    }

    @Test
    void listsOpenAlertsOldestFirstUntilAcknowledged() {
        Alert older = ledger.alerts().raise("a-1", "PROMISE_BROKEN", customerId, accountId, "First", "m");
        Alert newer = ledger.alerts().raise("a-2", "DISPUTE_ESCALATED", null, null, "Second", "m");
        assertThat(ledger.alerts().findOpen()).extracting(Alert::id).containsExactly(older.id(), newer.id());

        assertThat(ledger.alerts().acknowledge(older.id())).isTrue();
        assertThat(ledger.alerts().acknowledge(older.id() + 100)).isFalse();

        assertThat(ledger.alerts().findOpen()).extracting(Alert::id).containsExactly(newer.id());
        assertThat(newer.customerId()).isNull();
    }
}
