package org.ledgerline.storage.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a {@link SQLException} into the ledger's typed family. The messages name the operation and
 * the SQLState only, never a bind value; the connection is opened with {@code logServerErrorDetail=false}
 * so that the driver's own message (kept as the cause) does not echo row values either.
 */
public final class SqlExceptionTranslator {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlExceptionTranslator() {}

    /**
     * The typed exception for {@code e}, with a message that names the operation and the SQLState only.
     *
     * @param operation what was being done, in words (e.g. "find open invoices"); must not contain data
     * @param poolClosed whether the connection pool had already been closed when this happened
     */
    public static StorageException translate(String operation, SQLException e, boolean poolClosed) {
        String state = e.getSQLState();
        if (poolClosed) {
            return new LedgerUnavailableException("Ledger is closed; could not " + operation, e);
        }
        if (isConnectionFailure(e)) {
            return new LedgerUnavailableException(
                    "Ledger database unreachable while trying to " + operation + describe(state), e);
        }
        if (UNIQUE_VIOLATION.equals(state)) {
            String constraint = constraintOf(e);
            return new DuplicateKeyException(
                    "Duplicate key" + (constraint == null ? "" : " on " + constraint) + " while trying to " + operation,
                    constraint,
                    e);
        }
        return new StorageException("Ledger statement failed while trying to " + operation + describe(state), e);
    }

    /** Connection class 08, operator intervention 57P (server shutting down), and the JDBC connection exception types. */
    public static boolean isConnectionFailure(SQLException e) {
        if (e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private static @Nullable String constraintOf(SQLException e) {
        if (e instanceof PSQLException pe) {
            ServerErrorMessage server = pe.getServerErrorMessage();
            return server == null ? null : server.getConstraint();
        }
        return null;
    }

    private static String describe(@Nullable String state) {
        return state == null ? "" : " (SQLState " + state + ")";
    }
}
