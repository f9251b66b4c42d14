package org.ledgerline.storage.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcCallRepositoryIT {
    private static final Instant START = Instant.parse("2026-11-24T15:00:00.123456Z");

    private Ledger ledger;
    private CallRepository calls;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        calls = ledger.calls();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void recordsACallStartOnceEvenWhenStartedTwice() {
        calls.recordStart("1795510179.0", "INBOUND", "SIP/trunk-00000001", "5551001", "selfserve", START);
        calls.recordStart("1795510179.0", "inbound", "SIP/other", "0000", "other", START.plusSeconds(5));

        CallRecord call = calls.findById("1795510179.0").orElseThrow();
        assertThat(call).isEqualTo(new CallRecord(
                "1795510179.0", "inbound", "SIP/trunk-00000001", "5551001", "selfserve", null, START, null, null));
        int rows = ledger.jdbc().queryOne("count", "select count(*) from calls", row -> row.getInt(1));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void attachesTheIdentifiedAccountAndRecordsTheEnd() {
        LedgerRows rows = new LedgerRows(ledger);
        long account = rows.account(rows.customer("Acme", "America/Chicago"), "100001", "hash");
        calls.recordStart("c-1", "inbound", "Local/s@ivr-1", "5551001", "selfserve", START);

        calls.attachAccount("c-1", account);
        calls.recordEnd("c-1", START.plusSeconds(95), "CALLER_HUNG_UP");

        CallRecord call = calls.findById("c-1").orElseThrow();
        assertThat(call.accountId()).isEqualTo(account);
        assertThat(call.endedAt()).isEqualTo(START.plusSeconds(95));
        assertThat(call.outcome()).isEqualTo("CALLER_HUNG_UP");
    }

    @Test
    void theFirstRecordedEndWins() {
        calls.recordStart("c-1", "inbound", null, null, "selfserve", START);
        calls.recordEnd("c-1", START.plusSeconds(10), "TRANSFERRED");
        calls.recordEnd("c-1", START.plusSeconds(11), "CALLER_HUNG_UP");

        assertThat(calls.findById("c-1").orElseThrow().outcome()).isEqualTo("TRANSFERRED");
    }

    @Test
    void endingOrAttachingACallThatNeverStartedIsAnError() {
        assertThatThrownBy(() -> calls.recordEnd("ghost", START, "DONE")).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> calls.attachAccount("ghost", 1)).isInstanceOf(StorageException.class);
        assertThat(calls.findById("ghost")).isEmpty();
    }
}
