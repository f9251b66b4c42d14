package org.ledgerline.ivr.collector.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.dispute.desk.DeskFormat;
import org.ledgerline.storage.collector.WorklistEntry;

class WorklistTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final DeskFormat FORMAT = new DeskFormat(ZoneId.of("America/New_York"));
    private static final CallableNow GO = new CallableNow(true, "", "", "", "");
    private static final CallableNow STOP = new CallableNow(false, "DO_NOT_CALL", "Do not call.", "", "");

    private static WorklistEntry entry(String account, String pastDue, @Nullable LocalDate oldest, int broken,
            @Nullable Instant lastContact) {
        return new WorklistEntry(Long.parseLong(account), account, 1, "Customer " + account,
                ZoneId.of("America/Chicago"), "USD", new BigDecimal(pastDue), oldest, broken, lastContact, null);
    }

    private static List<String> order(List<WorklistEntry> entries) {
        return Worklist.of(entries, Map.of(), TODAY, FORMAT).rows().stream().map(WorklistRow::accountNumber).toList();
    }

    @Test
    void theLargestPastDueAmountComesFirst() {
        assertThat(order(List.of(entry("1", "100.00", TODAY.minusDays(90), 3, null),
                entry("2", "900.00", TODAY.minusDays(5), 0, null)))).containsExactly("2", "1");
    }

    @Test
    void equalAmountsPutTheOlderDebtFirstAndNothingPastDueLast() {
        assertThat(order(List.of(entry("1", "100.00", null, 0, null),
                entry("2", "100.00", TODAY.minusDays(10), 0, null),
                entry("3", "100.00", TODAY.minusDays(40), 0, null)))).containsExactly("3", "2", "1");
    }

    @Test
    void thenTheMostBrokenPromisesThenTheLongestWithoutContactWithNeverContactedFirst() {
        LocalDate due = TODAY.minusDays(30);
        Instant lastWeek = Instant.parse("2026-11-17T15:00:00Z");
        Instant yesterday = Instant.parse("2026-11-23T15:00:00Z");
        assertThat(order(List.of(entry("1", "50.00", due, 0, yesterday),
                entry("2", "50.00", due, 2, yesterday),
                entry("3", "50.00", due, 0, lastWeek),
                entry("4", "50.00", due, 0, null)))).containsExactly("2", "4", "3", "1");
    }

    @Test
    void rowsShowTheAmountDaysBarsAndTheGatesAnswer() {
        Worklist list = Worklist.of(List.of(entry("1", "1234.5", TODAY.minusDays(60), 1,
                Instant.parse("2026-11-20T14:05:00Z")), entry("2", "617.25", TODAY.minusDays(300), 0, null)),
                Map.of(1L, GO, 2L, STOP), TODAY, FORMAT);

        WorklistRow first = list.rows().getFirst();
        assertThat(first.pastDue()).isEqualTo("USD 1,234.50");
        assertThat(first.pastDueBar()).isEqualTo(100);
        assertThat(first.daysPastDue()).isEqualTo(60);
        assertThat(first.daysBar()).isEqualTo(50);
        assertThat(first.lastContact()).isEqualTo("2026-11-20 09:05");
        assertThat(first.callable().callable()).isTrue();
        WorklistRow second = list.rows().get(1);
        assertThat(second.pastDueBar()).isEqualTo(50);
        assertThat(second.daysBar()).isEqualTo(100);
        assertThat(second.lastContact()).isEqualTo("never");
        assertThat(second.callable().reasonCode()).isEqualTo("DO_NOT_CALL");
        assertThat(list.callableNow()).isEqualTo(1);
    }

    @Test
    void anAccountTheGateWasNotAskedAboutIsNotCallable() {
        Worklist list = Worklist.of(List.of(entry("1", "10.00", TODAY.minusDays(1), 0, null)), Map.of(), TODAY,
                FORMAT);

        assertThat(list.rows().getFirst().callable()).isEqualTo(CallableNow.NO_NUMBER);
        assertThat(list.nobodyCallable()).isTrue();
    }

    @Test
    void aTinyAmountStillShowsABarAndNothingShowsNone() {
        assertThat(Worklist.bar(new BigDecimal("1.00"), new BigDecimal("100000.00"))).isEqualTo(2);
        assertThat(Worklist.bar(BigDecimal.ZERO, new BigDecimal("100.00"))).isZero();
        assertThat(Worklist.bar(BigDecimal.ZERO, BigDecimal.ZERO)).isZero();
    }
}
