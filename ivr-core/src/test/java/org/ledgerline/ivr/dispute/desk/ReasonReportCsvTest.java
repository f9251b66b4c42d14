package org.ledgerline.ivr.dispute.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.ReasonTotals;

/** The CSV download: RFC 4180 framing, plain decimal amounts, no formula a spreadsheet would run. */
class ReasonReportCsvTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void writesAHeaderAndOneLinePerReasonAndCurrencyEndedByCrlf() {
        ReasonReport report = new ReasonReport(FROM, TO,
                List.of(new DisputeReason("GOODS_DAMAGED", "Goods damaged", 1)),
                List.of(totals("GOODS_DAMAGED", "Goods damaged", "USD", 3, "1200.5", "800.00"),
                        totals("GOODS_DAMAGED", "Goods damaged", "EUR", 1, "90.00", "90.00")));

        assertThat(ReasonReportCsv.write(report)).isEqualTo("""
                reason_code,reason,currency,disputes,disputed_amount,open_balance\r
                GOODS_DAMAGED,Goods damaged,USD,3,1200.5,800.00\r
                GOODS_DAMAGED,Goods damaged,EUR,1,90.00,90.00\r
                """);
    }

    @Test
    void anEmptyPeriodIsJustTheHeader() {
        assertThat(ReasonReportCsv.write(new ReasonReport(FROM, TO, List.of(), List.of())))
                .isEqualTo("reason_code,reason,currency,disputes,disputed_amount,open_balance\r\n");
    }

    @Test
    void quotesFieldsWithCommasOrQuotesAndDoublesTheQuotes() {
        assertThat(ReasonReportCsv.field("plain text")).isEqualTo("plain text");
        assertThat(ReasonReportCsv.field("Smith, Jones")).isEqualTo("\"Smith, Jones\"");
        assertThat(ReasonReportCsv.field("a \"quoted\" word")).isEqualTo("\"a \"\"quoted\"\" word\"");
    }

    @Test
    void defusesEveryCellThatASpreadsheetWouldRunAsAFormula() {
        assertThat(ReasonReportCsv.field("=1+2")).isEqualTo("'=1+2");
        assertThat(ReasonReportCsv.field("+1+2")).isEqualTo("'+1+2");
        assertThat(ReasonReportCsv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(ReasonReportCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReasonReportCsv.field("=HYPERLINK(\"http://evil\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    }

    @Test
    void aLineBreakInsideAFieldIsQuotedSoTheLineCountStaysRight() {
        assertThat(ReasonReportCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(ReasonReportCsv.field("\tTAB")).isEqualTo("'\tTAB");
    }

    @Test
    void aHostileReasonDescriptionIsDefusedInTheFile() {
        ReasonReport report = new ReasonReport(FROM, TO, List.of(),
                List.of(totals("OTHER", "=cmd|' /C calc'!A0", "USD", 1, "10.00", "10.00")));

        assertThat(ReasonReportCsv.write(report).split("\r\n", -1)[1])
                .isEqualTo("OTHER,'=cmd|' /C calc'!A0,USD,1,10.00,10.00");
    }

    @Test
    void namesTheDownloadAfterThePeriod() {
        assertThat(ReasonReportCsv.fileName(new ReasonReport(FROM, TO, List.of(), List.of())))
                .isEqualTo("disputes-by-reason-2026-11-01-to-2026-11-30.csv");
    }

    private static ReasonTotals totals(String code, String description, String currency, long count, String disputed,
            String open) {
        return new ReasonTotals(code, description, currency, count, new BigDecimal(disputed), new BigDecimal(open));
    }
}
