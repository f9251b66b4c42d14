package org.ledgerline.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcTransactionsIT {
    private Ledger ledger;
    private Jdbc jdbc;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        jdbc = ledger.jdbc();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void commitsEverythingTheWorkDidWhenItReturns() {
        String result = jdbc.inTransaction("two audit lines", () -> {
            ledger.audit().append("test", "A", "thing", "1", null, null);
            ledger.audit().append("test", "B", "thing", "1", null, null);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(ledger.audit().findBySubject("thing", "1")).hasSize(2);
    }

    @Test
    void rollsBackEverythingTheWorkDidWhenItThrows() {
        assertThatThrownBy(() -> jdbc.inTransaction("half a job", () -> {
            ledger.audit().append("test", "A", "thing", "1", null, null);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ledger.audit().findBySubject("thing", "1")).isEmpty();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        assertThatThrownBy(() -> jdbc.inTransaction("outer", () -> {
            jdbc.inTransaction("inner", () -> ledger.audit().append("test", "INNER", "thing", "1", null, null));
            throw new IllegalStateException("outer fails after inner returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ledger.audit().findBySubject("thing", "1")).isEmpty();
    }

    @Test
    void aFailedStatementIsAStorageExceptionNamingTheOperationAndSqlState() {
        assertThatThrownBy(() -> jdbc.update("insert a bad customer",
                "insert into customers (name, billing_address, time_zone) values (?, ?, ?)", "Acme", "1 Main St",
                "not a zone!"))
                .isExactlyInstanceOf(StorageException.class)
                .hasMessage("Ledger statement failed while trying to insert a bad customer (SQLState 23514)");
    }

    @Test
    void queryOneWithoutARowIsAnError() {
        assertThatThrownBy(() -> jdbc.queryOne("find nothing", "select 1 where false", row -> row.getInt(1)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("find nothing");
    }
}
