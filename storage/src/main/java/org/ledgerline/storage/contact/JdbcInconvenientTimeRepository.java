package org.ledgerline.storage.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ledgerline.storage.jdbc.Jdbc;

/** Stated inconvenient times in table {@code inconvenient_times}; days are ISO numbers, 1 = Monday. */
public final class JdbcInconvenientTimeRepository implements InconvenientTimeRepository {
    private static final String INSERT = """
            insert into inconvenient_times (customer_id, days_of_week, from_time, until_time, note, recorded_by,
                                            recorded_at)
            values (?, ?, ?, ?, ?, ?, ?)
            returning id, customer_id, days_of_week, from_time, until_time, note, recorded_by, recorded_at,
                      withdrawn_by, withdrawn_at
            """;

    private static final String WITHDRAW = """
            update inconvenient_times
               set withdrawn_by = ?, withdrawn_at = ?
             where id = ? and customer_id = ?
               and withdrawn_at is null
            """;

    private static final String EXISTS = "select exists (select 1 from inconvenient_times where id = ? and customer_id = ?)";

    private static final String ACTIVE = """
            select id, customer_id, days_of_week, from_time, until_time, note, recorded_by, recorded_at,
                   withdrawn_by, withdrawn_at
              from inconvenient_times
             where customer_id = ? and withdrawn_at is null
             order by recorded_at, id
            """;

    private final Jdbc jdbc;

    public JdbcInconvenientTimeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public InconvenientTimeRecord record(NewInconvenientTime time) {
        Short[] days = time.days().stream().sorted().map(day -> (short) day.getValue()).toArray(Short[]::new);
        return jdbc.queryOne("record an inconvenient time", INSERT, JdbcInconvenientTimeRepository::time,
                time.customerId(), days, time.from(), time.until(), time.note(), time.recordedBy(),
                time.recordedAt());
    }

    @Override
    public boolean withdraw(long customerId, long timeId, String withdrawnBy, Instant withdrawnAt) {
        if (jdbc.update("withdraw an inconvenient time", WITHDRAW, withdrawnBy, withdrawnAt, timeId, customerId) == 1) {
            return true;
        }
        return jdbc.queryOne("find an inconvenient time", EXISTS, row -> row.getBoolean(1), timeId, customerId);
    }

    @Override
    public List<InconvenientTimeRecord> inconvenientTimesOf(long customerId) {
        return jdbc.query("read a customer's inconvenient times", ACTIVE, JdbcInconvenientTimeRepository::time,
                customerId);
    }

    private static InconvenientTimeRecord time(ResultSet row) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Number day : Jdbc.list(row, "days_of_week", Number.class)) {
            days.add(DayOfWeek.of(day.intValue()));
        }
        return new InconvenientTimeRecord(
                row.getLong("id"),
                row.getLong("customer_id"),
                days,
                row.getObject("from_time", LocalTime.class),
                row.getObject("until_time", LocalTime.class),
                row.getString("note"),
                row.getString("recorded_by"),
                Jdbc.requiredInstant(row, "recorded_at"),
                row.getString("withdrawn_by"),
                Jdbc.instant(row, "withdrawn_at"));
    }
}
