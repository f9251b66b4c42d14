package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.contact.InconvenientTimeRecord;
import org.ledgerline.storage.contact.NewInconvenientTime;

/** The times customers said are inconvenient, from the ledger, withdrawn ones left out. */
class LedgerInconvenientTimesIT {
    private static Ledger ledger;
    private static InconvenientTimes times;

    @BeforeAll
    static void open() {
        ledger = DemoGateLedger.open();
        times = new LedgerInconvenientTimes(ledger.inconvenientTimes());
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void atWorkOnWeekdaysCoversWeekdayOfficeHoursOnly() {
        assertThat(times.inconvenientTimesOf(DemoGateLedger.customerId(ledger, "100041"))).singleElement()
                .satisfies(time -> {
                    assertThat(time.days()).isEqualTo(InconvenientTime.WEEKDAYS);
                    assertThat(time.covers(DayOfWeek.TUESDAY, LocalTime.of(9, 30))).isTrue();
                    assertThat(time.covers(DayOfWeek.TUESDAY, LocalTime.of(17, 0))).isFalse();
                    assertThat(time.covers(DayOfWeek.SATURDAY, LocalTime.of(10, 0))).isFalse();
                    assertThat(time.recordedBy()).isEqualTo("collector1");
                });
    }

    @Test
    void aWithdrawnTimeNoLongerApplies() {
        long customer = DemoGateLedger.customerId(ledger, "100045");
        InconvenientTimeRecord early = ledger.inconvenientTimes().record(new NewInconvenientTime(customer,
                EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.of(10, 0), "not before 10",
                "collector2", Instant.parse("2026-11-20T18:00:00Z")));
        assertThat(times.inconvenientTimesOf(customer)).extracting(InconvenientTime::statement)
                .containsExactly("not before 10");

        ledger.inconvenientTimes().withdraw(customer, early.id(), "collector2", Instant.parse("2026-11-21T18:00:00Z"));

        assertThat(times.inconvenientTimesOf(customer)).isEmpty();
    }
}
