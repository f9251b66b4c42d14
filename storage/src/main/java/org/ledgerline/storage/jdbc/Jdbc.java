package org.ledgerline.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The one place repositories touch JDBC: parameterised statements, row mapping, transactions and
 * the translation of {@link SQLException} into the {@link StorageException} family.
 *
 * <p>Transactions are bound to the calling thread (a call runs on its own virtual thread), so
 * repository calls made inside {@link #inTransaction} join it without passing a connection around:
 * {@code jdbc.inTransaction("post payment", () -> { payments.insert(..); invoices.reduce(..); })}.
 * A nested {@code inTransaction} joins the outer one; the outermost commits or rolls back.
 *
 * <p>Every method takes an {@code operation}: a few words saying what is being done, used in error
 * messages instead of bind values (which may be sensitive).
 */
public final class Jdbc implements Transactions {
    private final DataSource dataSource;
    // Per instance on purpose: a transaction belongs to this DataSource, not to every Jdbc in the JVM.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    public Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    @Override
    public <T> T inTransaction(String operation, TransactionWork<T> work) {
        if (transaction.get() != null) {
            return work.run();
        }
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            transaction.set(connection);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (RuntimeException | Error failure) {
                rollback(connection, failure);
                throw failure;
            } finally {
                transaction.remove();
            }
        } catch (SQLException e) {
            throw translate(operation, e);
        }
    }

    /** Same as {@link #inTransaction(String, TransactionWork)} for work without a result. */
    public void inTransaction(String operation, Runnable work) {
        inTransaction(operation, () -> {
            work.run();
            return Boolean.TRUE; // TransactionWork results are non-null; nobody reads this one
        });
    }

    /** All rows of a query, mapped. */
    public <T> List<T> query(String operation, String sql, RowMapper<T> mapper, @Nullable Object... params) {
        return withConnection(operation, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params);
                    ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    /** The first row of a query, if any. */
    public <T> Optional<T> queryOptional(String operation, String sql, RowMapper<T> mapper,
            @Nullable Object... params) {
        List<T> rows = query(operation, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The first row of a query that must return one (e.g. {@code INSERT ... RETURNING}). */
    public <T> T queryOne(String operation, String sql, RowMapper<T> mapper, @Nullable Object... params) {
        return queryOptional(operation, sql, mapper, params)
                .orElseThrow(() -> new StorageException("No row returned while trying to " + operation));
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
    public int update(String operation, String sql, @Nullable Object... params) {
        return withConnection(operation, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Reads a nullable {@code timestamptz} column as an {@link Instant}. */
    public static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Reads a {@code timestamptz not null} column as an {@link Instant}. */
    public static Instant requiredInstant(ResultSet row, String column) throws SQLException {
        return required(instant(row, column), column);
    }

    /** Reads a nullable {@code date} column. */
    public static @Nullable LocalDate localDate(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** Reads a {@code date not null} column. */
    public static LocalDate requiredLocalDate(ResultSet row, String column) throws SQLException {
        return required(localDate(row, column), column);
    }

    /** Reads a nullable {@code bigint} column. */
    public static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Reads a {@code numeric} column keeping its scale. */
    public static BigDecimal money(ResultSet row, String column) throws SQLException {
        return row.getBigDecimal(column);
    }

    /**
     * Reads a non-null SQL array column (such as {@code array(select ...)} or a {@code bigint[]}) as a
     * list of {@code elementType}, freeing the driver's array afterwards.
     */
    public static <T> List<T> list(ResultSet row, String column, Class<T> elementType) throws SQLException {
        Array array = row.getArray(column);
        try {
            return Arrays.stream((Object[]) array.getArray()).map(elementType::cast).toList();
        } finally {
            array.free();
        }
    }

    /** A null in a column the schema declares {@code not null} means the mapper read the wrong column. */
    private static <T> T required(@Nullable T value, String column) {
        if (value == null) {
            throw new StorageException("Column " + column + " is null but the schema declares it not null");
        }
        return value;
    }

    private <T> T withConnection(String operation, ConnectionWork<T> work) {
        Connection joined = transaction.get();
        try {
            if (joined != null) {
                return work.apply(joined);
            }
            try (Connection connection = connect()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw translate(operation, e);
        }
    }

    private Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    private static PreparedStatement prepare(Connection connection, String sql, @Nullable Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, toJdbc(params[i]));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** The PostgreSQL driver takes {@link OffsetDateTime} for timestamptz but not {@link Instant}. */
    private static @Nullable Object toJdbc(@Nullable Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private StorageException translate(String operation, SQLException e) {
        boolean poolClosed = dataSource instanceof HikariDataSource hikari && hikari.isClosed();
        return SqlExceptionTranslator.translate(operation, e, poolClosed);
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
