package org.ledgerline.storage.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/**
 * Flags in table {@code customer_flags}. The table's trigger refuses deletes and any change but one
 * clearing, so the history cannot be rewritten from here either; the partial unique index on active
 * flags makes setting one idempotent ({@code on conflict do nothing}).
 */
public final class JdbcFlagRepository implements FlagRepository {
    /** Audit action written when a flag is set (subject: the customer). */
    public static final String FLAG_SET = "CUSTOMER_FLAG_SET";
    /** Audit action written when a flag is cleared (subject: the customer). */
    public static final String FLAG_CLEARED = "CUSTOMER_FLAG_CLEARED";

    private static final String INSERT = """
            insert into customer_flags (customer_id, kind, phone_number, set_by, set_at, note)
            values (?, ?, ?, ?, ?, ?)
            on conflict (customer_id, kind, coalesce(phone_number, '')) where cleared_at is null do nothing
            returning id
            """;

    private static final String CLEAR = """
            update customer_flags
               set cleared_by = ?, cleared_at = ?
             where id = ?
               and cleared_at is null
            """;

    private static final String SELECT = """
            select id, customer_id, kind, phone_number, set_by, set_at, note, cleared_by, cleared_at
              from customer_flags
            """;

    private final Jdbc jdbc;
    private final AuditLog audit;

    public JdbcFlagRepository(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public FlagRecord set(NewFlag flag) {
        return jdbc.inTransaction("set a customer flag", () -> {
            Optional<Long> inserted = jdbc.queryOptional("set a customer flag", INSERT, row -> row.getLong(1),
                    flag.customerId(), flag.type().name(), flag.phoneNumber(), flag.setBy(), flag.setAt(),
                    flag.note());
            if (inserted.isEmpty()) {
                return activeFlagsOf(flag.customerId()).stream()
                        .filter(active -> active.type() == flag.type()
                                && Objects.equals(active.phoneNumber(), flag.phoneNumber()))
                        .findFirst()
                        .orElseThrow(() -> new StorageException("A flag collided with an active one that is gone"));
            }
            FlagRecord stored = find(inserted.get());
            audit.append(flag.setBy(), FLAG_SET, "customer", Long.toString(flag.customerId()), null,
                    describe(stored) + " set" + (flag.note().isEmpty() ? "" : ": " + flag.note()));
            return stored;
        });
    }

    @Override
    public FlagRecord clear(long flagId, String clearedBy, Instant clearedAt) {
        if (clearedBy == null || clearedBy.isBlank()) {
            throw new IllegalArgumentException("A cleared flag says who cleared it");
        }
        return jdbc.inTransaction("clear a customer flag", () -> {
            int cleared = jdbc.update("clear a customer flag", CLEAR, clearedBy, clearedAt, flagId);
            FlagRecord stored = find(flagId);
            if (cleared == 1) {
                audit.append(clearedBy, FLAG_CLEARED, "customer", Long.toString(stored.customerId()), null,
                        describe(stored) + " cleared");
            }
            return stored;
        });
    }

    @Override
    public List<FlagRecord> flagsOf(long customerId) {
        return jdbc.query("read a customer's flags", SELECT + "where customer_id = ? order by set_at, id",
                JdbcFlagRepository::flag, customerId);
    }

    @Override
    public List<FlagRecord> activeFlagsOf(long customerId) {
        return jdbc.query("read a customer's active flags",
                SELECT + "where customer_id = ? and cleared_at is null order by set_at, id", JdbcFlagRepository::flag,
                customerId);
    }

    private FlagRecord find(long flagId) {
        return jdbc.queryOptional("read a customer flag", SELECT + "where id = ?", JdbcFlagRepository::flag, flagId)
                .orElseThrow(() -> new NoSuchFlagException(flagId));
    }

    private static String describe(FlagRecord flag) {
        String number = flag.phoneNumber();
        return flag.type().name() + " flag " + flag.id() + (number == null ? "" : " on number ending " + last4(number));
    }

    private static String last4(String number) {
        return number.substring(Math.max(0, number.length() - 4));
    }

    private static FlagRecord flag(ResultSet row) throws SQLException {
        return new FlagRecord(
                row.getLong("id"),
                row.getLong("customer_id"),
                FlagType.valueOf(row.getString("kind")),
                row.getString("phone_number"),
                row.getString("set_by"),
                Jdbc.requiredInstant(row, "set_at"),
                row.getString("note"),
                row.getString("cleared_by"),
                Jdbc.instant(row, "cleared_at"));
    }
}
