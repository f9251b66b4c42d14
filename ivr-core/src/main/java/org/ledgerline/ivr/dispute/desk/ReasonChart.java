package org.ledgerline.ivr.dispute.desk;

import java.util.List;

/**
 * Draws the report by reason code as an SVG horizontal bar chart on the server: one bar per reason
 * code, its length the number of disputes, labelled with the reason and with the count and amounts.
 * No script and no style attributes (the pages' Content-Security-Policy allows neither): colours
 * come from the classes {@code chart-label}, {@code chart-bar}, {@code chart-value} and
 * {@code chart-axis} in the desk's stylesheet.
 *
 * <p>Every text that comes from the ledger is XML-escaped, so the markup is safe to embed in a page
 * as it is: reason descriptions are data, and data is never markup.
 */
public final class ReasonChart {
    static final int WIDTH = 860;
    static final int LABEL_WIDTH = 220;
    static final int BAR_SPACE = 380;
    static final int ROW_HEIGHT = 34;
    static final int BAR_HEIGHT = 22;
    static final int TOP = 8;

    private ReasonChart() {}

    /** The chart of {@code bars}, as an {@code <svg>} element titled {@code title}. */
    public static String svg(String title, List<ReasonReport.Bar> bars) {
        long max = bars.stream().mapToLong(ReasonReport.Bar::count).max().orElse(0);
        int height = TOP * 2 + Math.max(1, bars.size()) * ROW_HEIGHT;
        StringBuilder svg = new StringBuilder(512 + bars.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"reason-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">")
                .append("<title>").append(escape(title)).append("</title>");
        svg.append("<line class=\"chart-axis\" x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(TOP / 2)
                .append("\" x2=\"").append(LABEL_WIDTH).append("\" y2=\"").append(height - TOP / 2).append("\"/>");
        for (int i = 0; i < bars.size(); i++) {
            ReasonReport.Bar bar = bars.get(i);
            int y = TOP + i * ROW_HEIGHT;
            int length = barLength(bar.count(), max);
            int textY = y + BAR_HEIGHT / 2 + 5;
            String value = bar.count() + (bar.count() == 1 ? " dispute" : " disputes")
                    + (bar.amounts().isEmpty() ? "" : " · " + bar.amounts());
            svg.append("<g class=\"chart-row\" data-reason=\"").append(escape(bar.reasonCode()))
                    .append("\" data-count=\"").append(bar.count()).append("\">")
                    .append("<text class=\"chart-label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(escape(bar.reasonDescription())).append("</text>")
                    .append("<rect class=\"chart-bar\" x=\"").append(LABEL_WIDTH + 1).append("\" y=\"").append(y)
                    .append("\" width=\"").append(length).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" rx=\"3\">")
                    .append("<title>").append(escape(bar.reasonDescription() + ": " + value)).append("</title></rect>")
                    .append("<text class=\"chart-value\" x=\"").append(LABEL_WIDTH + length + 8).append("\" y=\"")
                    .append(textY).append("\">").append(escape(value)).append("</text>")
                    .append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Escapes the five characters XML gives meaning to, in text and in attribute values alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab/newline are not allowed in XML 1.0 at all.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** How long a bar of {@code count} is when the longest bar has {@code max}. */
    static int barLength(long count, long max) {
        return max == 0 ? 0 : (int) Math.round(BAR_SPACE * (double) count / max);
    }
}
