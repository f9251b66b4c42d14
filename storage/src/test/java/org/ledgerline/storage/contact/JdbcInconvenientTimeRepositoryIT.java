package org.ledgerline.storage.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcInconvenientTimeRepositoryIT {
    private static final Instant NOW = Instant.parse("2026-11-24T16:00:00Z");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private Ledger ledger;
    private InconvenientTimeRepository times;
    private long customer;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        times = ledger.inconvenientTimes();
        customer = new LedgerRows(ledger).customer("Acme", "America/Phoenix", "6025550104");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aStatedTimeReadsBackWithItsDaysLocalTimesAndWhoRecordedIt() {
        InconvenientTimeRecord atWork = times.record(new NewInconvenientTime(customer, WEEKDAYS, LocalTime.of(9, 0),
                LocalTime.of(17, 0), "at work on weekdays", "collector1", NOW));
        InconvenientTimeRecord evenings = times.record(new NewInconvenientTime(customer, EnumSet.of(DayOfWeek.SUNDAY),
                LocalTime.of(18, 30), LocalTime.MIDNIGHT, "not after 18:30 on Sundays", "collector2", NOW));

        assertThat(times.inconvenientTimesOf(customer)).containsExactly(atWork, evenings);
        assertThat(atWork.days()).isEqualTo(WEEKDAYS);
        assertThat(evenings.until()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(atWork.recordedBy()).isEqualTo("collector1");
    }

    @Test
    void aWithdrawnTimeNoLongerAppliesButKeepsItsRow() {
        InconvenientTimeRecord time = times.record(new NewInconvenientTime(customer, WEEKDAYS, LocalTime.MIDNIGHT,
                LocalTime.of(10, 0), "not before 10", "collector1", NOW));

        assertThat(times.withdraw(customer, time.id(), "collector1", NOW.plusSeconds(60))).isTrue();
        assertThat(times.withdraw(customer, time.id(), "collector2", NOW.plusSeconds(120))).isTrue();
        assertThat(times.withdraw(customer + 1, time.id(), "collector2", NOW)).isFalse();

        assertThat(times.inconvenientTimesOf(customer)).isEmpty();
        String withdrawnBy = ledger.jdbc().queryOne("read", "select withdrawn_by from inconvenient_times where id = ?",
                row -> row.getString(1), time.id());
        assertThat(withdrawnBy).isEqualTo("collector1");
    }

    @Test
    void theSchemaRefusesARangeThatEndsBeforeItStartsOrANinthDay() {
        assertThatThrownBy(() -> new NewInconvenientTime(customer, WEEKDAYS, LocalTime.of(17, 0), LocalTime.of(9, 0),
                "backwards", "x", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.jdbc().update("insert", """
                insert into inconvenient_times (customer_id, days_of_week, from_time, until_time, note, recorded_by,
                                                recorded_at)
                values (?, '{1,8}', '09:00', '17:00', 'x', 'x', now())
                """, customer)).isInstanceOf(StorageException.class);
    }
}
