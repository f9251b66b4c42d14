package org.ledgerline.ivr.dispute.desk;

import java.math.BigDecimal;
import java.util.List;
import org.ledgerline.storage.dispute.ReasonTotals;

/**
 * The report by reason code as CSV (RFC 4180): a header line, one line per reason code and
 * currency, lines ended by CRLF, a field quoted when it holds a comma, a quote or a line break
 * (quotes inside doubled). Amounts are plain decimals ({@code 1234.50}) so a spreadsheet reads them
 * as numbers.
 *
 * <p>Safe to open in a spreadsheet: a field that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula (CSV injection), so it gets a
 * leading {@code '} and is shown as text.
 */
public final class ReasonReportCsv {
    static final List<String> HEADER = List.of("reason_code", "reason", "currency", "disputes", "disputed_amount",
            "open_balance");
    private static final String CRLF = "\r\n";

    private ReasonReportCsv() {}

    /** The whole file. */
    public static String write(ReasonReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (ReasonTotals t : report.totals()) {
            line(csv, List.of(t.reasonCode(), t.reasonDescription(), t.currency(), Long.toString(t.count()),
                    plain(t.disputedAmount()), plain(t.openBalance())));
        }
        return csv.toString();
    }

    /** A name for the download, e.g. {@code disputes-by-reason-2026-11-01-to-2026-11-30.csv}. */
    public static String fileName(ReasonReport report) {
        return "disputes-by-reason-" + report.from() + "-to-" + report.to() + ".csv";
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /** One field, defused against formulas, then quoted if RFC 4180 needs it. */
    static String field(String raw) {
        String value = raw == null ? "" : raw;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
