package org.ledgerline.storage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcAuditLogIT {
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        ledger.audit().append("ivr", "RECORDING_PAUSED", "call", "c-1", "c-1", "Paused for card entry");
        ledger.audit().append("ivr", "RECORDING_RESUMED", "call", "c-1", "c-1", "Resumed after card entry");
        ledger.audit().append("backoffice", "DISPUTE_RESOLVED", "dispute", "7", null, "Credit note issued");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void readsEntriesForOneSubjectInTheOrderTheyWereWritten() {
        assertThat(ledger.audit().findBySubject("call", "c-1"))
                .extracting(AuditEntry::action)
                .containsExactly("RECORDING_PAUSED", "RECORDING_RESUMED");
        AuditEntry entry = ledger.audit().findBySubject("dispute", "7").getFirst();
        assertThat(entry.actor()).isEqualTo("backoffice");
        assertThat(entry.callId()).isNull();
        assertThat(entry.at()).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void refusesToUpdateAnEntry() {
        assertThatThrownBy(() -> ledger.jdbc().update("tamper", "update audit_log set detail = 'changed'"))
                .isInstanceOf(StorageException.class);
        assertThat(ledger.audit().findBySubject("dispute", "7").getFirst().detail()).isEqualTo("Credit note issued");
    }

    @Test
    void refusesToDeleteOrTruncateEntries() {
        assertThatThrownBy(() -> ledger.jdbc().update("tamper", "delete from audit_log"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("SQLState 42501");
        assertThatThrownBy(() -> ledger.jdbc().update("tamper", "truncate audit_log"))
                .isInstanceOf(StorageException.class);
        assertThat(ledger.audit().findBySubject("call", "c-1")).hasSize(2);
    }

    @Test
    void appendsALineKeyedByACallWriteOnceAndSaysWhetherItWrote() {
        boolean first = ledger.audit().appendOnce("c-2/pin-failure/3", "ivr", "ACCOUNT_LOCKED", "account", "42", "c-2",
                "Locked");
        boolean retried = ledger.audit().appendOnce("c-2/pin-failure/3", "ivr", "ACCOUNT_LOCKED", "account", "42",
                "c-2", "Locked");

        assertThat(first).isTrue();
        assertThat(retried).isFalse();
        assertThat(ledger.audit().findBySubject("account", "42")).singleElement()
                .satisfies(entry -> assertThat(entry.callId()).isEqualTo("c-2"));
    }

    @Test
    void linesWithoutAKeyNeverCollide() {
        ledger.audit().append("ivr", "RECORDING_PAUSED", "call", "c-1", "c-1", "Paused again");

        assertThat(ledger.audit().findBySubject("call", "c-1")).hasSize(3);
    }

    @Test
    void refusesToAppendOnceWithoutAKey() {
        assertThatThrownBy(
                () -> ledger.audit().appendOnce("", "ivr", "ACCOUNT_LOCKED", "account", "42", "c-2", "Locked"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ledger.audit().findBySubject("account", "42")).isEmpty();
    }
}
