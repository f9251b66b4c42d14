package org.ledgerline.ivr.dispute.desk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.ReasonTotals;

/**
 * Which issues come up most often: the disputes opened from {@code from} to {@code to} (whole days,
 * inclusive) per reason code and currency, and, for the chart, one bar per reason code, including
 * the active codes nobody used in the period (so the chart always shows every reason).
 *
 * @param reasons the active reason codes, in their spoken order
 * @param totals the ledger's totals per reason code and currency, in the reasons' order
 */
public record ReasonReport(LocalDate from, LocalDate to, List<DisputeReason> reasons, List<ReasonTotals> totals) {
    public ReasonReport {
        reasons = List.copyOf(reasons);
        totals = List.copyOf(totals);
    }

    /** A reason code's bar: its disputes over every currency, and the amounts per currency in words. */
    public record Bar(String reasonCode, String reasonDescription, long count, String amounts) {}

    /** A line of the table, formatted for people. */
    public record Row(String reasonCode, String reasonDescription, long count, String disputedAmount,
            String openBalance) {}

    /** One bar per reason code: the active ones in spoken order, then any retired code that has disputes. */
    public List<Bar> bars() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        reasons.forEach(reason -> descriptions.put(reason.code(), reason.description()));
        totals.forEach(total -> descriptions.putIfAbsent(total.reasonCode(), total.reasonDescription()));
        List<Bar> bars = new ArrayList<>();
        descriptions.forEach((code, description) -> {
            List<ReasonTotals> ofReason = totals.stream().filter(t -> t.reasonCode().equals(code)).toList();
            long count = ofReason.stream().mapToLong(ReasonTotals::count).sum();
            String amounts = ofReason.stream()
                    .map(t -> DeskFormat.money(t.currency(), t.disputedAmount()))
                    .collect(Collectors.joining(", "));
            bars.add(new Bar(code, description, count, amounts));
        });
        return List.copyOf(bars);
    }

    /** The table's lines: one per reason code and currency that has disputes. */
    public List<Row> rows() {
        return totals.stream()
                .map(t -> new Row(t.reasonCode(), t.reasonDescription(), t.count(),
                        DeskFormat.money(t.currency(), t.disputedAmount()),
                        DeskFormat.money(t.currency(), t.openBalance())))
                .toList();
    }

    /** Disputes opened in the period, over every reason and currency. */
    public long totalCount() {
        return totals.stream().mapToLong(ReasonTotals::count).sum();
    }

    /** The disputed amount per currency over every reason, in words ({@code USD 1,200.00, EUR 90.00}). */
    public String totalAmounts() {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        totals.forEach(t -> sums.merge(t.currency(), t.disputedAmount(), BigDecimal::add));
        return sums.entrySet().stream().map(e -> DeskFormat.money(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
