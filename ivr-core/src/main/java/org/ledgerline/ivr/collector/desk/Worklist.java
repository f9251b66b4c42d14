package org.ledgerline.ivr.collector.desk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.dispute.desk.DeskFormat;
import org.ledgerline.storage.collector.WorklistEntry;

/**
 * A collector's worklist in priority order, with whether each account may be called now.
 *
 * <p><b>The order</b> ({@link #PRIORITY}), most urgent first:
 * <ol>
 *   <li>the past-due amount, largest first (money at risk; amounts in different currencies are
 *       compared by their number, the demo ledger and the desk's users work in one currency);
 *   <li>days past due of the oldest past-due invoice, most first (older debt is harder to collect);
 *   <li>broken promises, most first (a customer who broke a promise needs a call sooner);
 *   <li>the last contact, longest ago first, never-contacted accounts before all others;
 *   <li>the account number, so equal accounts keep one stable order.
 * </ol>
 * Whether the account may be called now does not change the order (the marker shows it): the
 * priority is the collector's plan for the day, and a blocked account's place says how urgent it
 * is once the gate allows it.
 *
 * @param callableNow how many rows may be called now
 */
public record Worklist(List<WorklistRow> rows, int callableNow) {
    /** Days past due at which the days bar is full; older debts show a full bar. */
    public static final int DAYS_SCALE = 120;

    /** The desk's priority order; see the type's documentation. */
    public static final Comparator<WorklistEntry> PRIORITY = Comparator
            .comparing(WorklistEntry::pastDueAmount, Comparator.reverseOrder())
            .thenComparing(WorklistEntry::oldestPastDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorklistEntry::brokenPromises, Comparator.reverseOrder())
            .thenComparing(WorklistEntry::lastContactAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(WorklistEntry::accountNumber);

    public Worklist {
        rows = List.copyOf(rows);
    }

    /**
     * The worklist of {@code entries} (any order) as of {@code today}, each with its gate answer.
     *
     * @param callable the gate's answer per account id; an account missing here shows as not callable
     */
    public static Worklist of(List<WorklistEntry> entries, Map<Long, CallableNow> callable, LocalDate today,
            DeskFormat format) {
        BigDecimal largest = entries.stream().map(WorklistEntry::pastDueAmount).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        List<WorklistRow> rows = entries.stream().sorted(PRIORITY).map(entry -> {
            long days = daysPastDue(entry, today);
            return new WorklistRow(entry.accountId(), entry.accountNumber(), entry.customerName(),
                    DeskFormat.money(entry.currency(), entry.pastDueAmount()), bar(entry.pastDueAmount(), largest),
                    days, (int) Math.min(100, days * 100 / DAYS_SCALE), entry.brokenPromises(),
                    lastContact(entry.lastContactAt(), format),
                    callable.getOrDefault(entry.accountId(), CallableNow.NO_NUMBER));
        }).toList();
        return new Worklist(rows, (int) rows.stream().filter(row -> row.callable().callable()).count());
    }

    static long daysPastDue(WorklistEntry entry, LocalDate today) {
        LocalDate oldest = entry.oldestPastDueOn();
        return oldest == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(oldest, today));
    }

    /** The bar length 0-100 of {@code amount} against {@code largest}; a non-zero amount shows at least 2. */
    static int bar(BigDecimal amount, BigDecimal largest) {
        if (largest.signum() <= 0 || amount.signum() <= 0) {
            return 0;
        }
        int length = amount.multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(2, Math.min(100, length));
    }

    private static String lastContact(@Nullable Instant at, DeskFormat format) {
        return at == null ? "never" : format.dateTime(at);
    }

    /** Whether nobody on the worklist may be called now. */
    public boolean nobodyCallable() {
        return callableNow == 0;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
