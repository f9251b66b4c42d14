package org.ledgerline.ivr.dispute.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.ReasonTotals;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server-drawn chart, read back by an XML parser as a browser would read the markup. */
class ReasonChartTest {
    private static final List<DisputeReason> REASONS = List.of(
            new DisputeReason("PRICING_ERROR", "Pricing error", 1),
            new DisputeReason("GOODS_DAMAGED", "Goods damaged", 2),
            new DisputeReason("NOT_RECEIVED", "Not received", 3));

    @Test
    void drawsOneBarPerReasonCodeIncludingReasonsNobodyUsed() throws Exception {
        ReasonReport report = report(List.of(
                totals("PRICING_ERROR", "Pricing error", "USD", 2, "300.00"),
                totals("GOODS_DAMAGED", "Goods damaged", "USD", 4, "1200.50")));

        Document svg = parse(ReasonChart.svg("Disputes by reason", report.bars()));

        List<Element> rows = rows(svg);
        assertThat(rows).extracting(row -> row.getAttribute("data-reason"))
                .containsExactly("PRICING_ERROR", "GOODS_DAMAGED", "NOT_RECEIVED");
        assertThat(rows).extracting(row -> row.getAttribute("data-count")).containsExactly("2", "4", "0");
        assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Disputes by reason");
    }

    @Test
    void barLengthsAreProportionalToTheCountsWithTheLongestFillingTheSpace() throws Exception {
        ReasonReport report = report(List.of(
                totals("PRICING_ERROR", "Pricing error", "USD", 2, "300.00"),
                totals("GOODS_DAMAGED", "Goods damaged", "USD", 4, "1200.50")));

        List<Element> rows = rows(parse(ReasonChart.svg("t", report.bars())));

        assertThat(rows).extracting(row -> barWidth(row))
                .containsExactly(ReasonChart.BAR_SPACE / 2, ReasonChart.BAR_SPACE, 0);
    }

    @Test
    void labelsEachBarWithItsReasonCountAndAmountsPerCurrency() throws Exception {
        ReasonReport report = report(List.of(
                totals("GOODS_DAMAGED", "Goods damaged", "USD", 3, "1200.50"),
                totals("GOODS_DAMAGED", "Goods damaged", "EUR", 1, "90.00")));

        Element damaged = rows(parse(ReasonChart.svg("t", report.bars()))).get(1);

        assertThat(text(damaged, "chart-label")).isEqualTo("Goods damaged");
        assertThat(text(damaged, "chart-value")).isEqualTo("4 disputes · USD 1,200.50, EUR 90.00");
    }

    @Test
    void aHostileReasonDescriptionIsTextInTheChartNeverMarkup() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\" </text></svg>";
        ReasonReport report = new ReasonReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                List.of(new DisputeReason("EVIL\"><script>", hostile, 1)), List.of());

        String markup = ReasonChart.svg("<b>title</b>", report.bars());
        Document svg = parse(markup);

        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        Element row = rows(svg).getFirst();
        assertThat(text(row, "chart-label")).isEqualTo(hostile);
        assertThat(row.getAttribute("data-reason")).isEqualTo("EVIL\"><script>");
        assertThat(markup).doesNotContain("<script");
    }

    @Test
    void anEmptyPeriodStillDrawsAValidChartWithZeroLengthBars() throws Exception {
        List<Element> rows = rows(parse(ReasonChart.svg("t", report(List.of()).bars())));

        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(barWidth(row)).isZero());
    }

    private static ReasonReport report(List<ReasonTotals> totals) {
        return new ReasonReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), REASONS, totals);
    }

    private static ReasonTotals totals(String code, String description, String currency, long count, String amount) {
        return new ReasonTotals(code, description, currency, count, new BigDecimal(amount), new BigDecimal(amount));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> rows(Document svg) {
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        NodeList groups = svg.getElementsByTagName("g");
        List<Element> rows = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("chart-row")) {
                rows.add(group);
            }
        }
        return rows;
    }

    private static int barWidth(Element row) {
        Element rect = (Element) row.getElementsByTagName("rect").item(0);
        assertThat(rect.getAttribute("class")).isEqualTo("chart-bar");
        return Integer.parseInt(rect.getAttribute("width"));
    }

    private static String text(Element row, String cssClass) {
        NodeList texts = row.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getAttribute("class").equals(cssClass)) {
                return text.getTextContent();
            }
        }
        throw new AssertionError("no text of class " + cssClass);
    }
}
