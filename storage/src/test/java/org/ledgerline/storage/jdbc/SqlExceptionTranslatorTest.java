package org.ledgerline.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlExceptionTranslatorTest {

    @Test
    void connectionClassSqlStatesMeanTheLedgerIsUnavailable() {
        assertThat(translate(new SQLException("refused", "08001"))).isInstanceOf(LedgerUnavailableException.class);
        assertThat(translate(new SQLException("lost", "08006"))).isInstanceOf(LedgerUnavailableException.class);
    }

    @Test
    void aServerShuttingDownMeansTheLedgerIsUnavailable() {
        assertThat(translate(new SQLException("terminating connection", "57P01")))
                .isInstanceOf(LedgerUnavailableException.class);
    }

    @Test
    void aPoolTimeoutMeansTheLedgerIsUnavailable() {
        StorageException e = translate(new SQLTransientConnectionException("ledger - Connection is not available"));

        assertThat(e).isInstanceOf(LedgerUnavailableException.class).hasMessageContaining("read invoices");
    }

    @Test
    void anyFailureAfterThePoolClosedMeansTheLedgerIsUnavailable() {
        StorageException e = SqlExceptionTranslator.translate("read invoices", new SQLException("has been closed"),
                true);

        assertThat(e).isInstanceOf(LedgerUnavailableException.class);
    }

    @Test
    void aUniqueViolationIsADuplicateKey() {
        assertThat(translate(new SQLException("duplicate", "23505"))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anythingElseIsAPlainStorageExceptionThatKeepsTheDriverMessageOutOfItsOwn() {
        StorageException e = translate(new SQLException("value 4111111111111111 too long", "22001"));

        assertThat(e).isExactlyInstanceOf(StorageException.class)
                .hasMessage("Ledger statement failed while trying to read invoices (SQLState 22001)");
        assertThat(e.getCause()).isInstanceOf(SQLException.class);
    }

    private static StorageException translate(SQLException e) {
        return SqlExceptionTranslator.translate("read invoices", e, false);
    }
}
