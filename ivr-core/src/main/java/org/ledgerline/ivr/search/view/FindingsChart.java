package org.ledgerline.ivr.search.view;

import java.util.List;

/**
 * Draws the reconciliation's counts as a server-side SVG bar chart, one bar per finding plus the
 * matched calls, so an auditor sees at a glance where the trouble is. No script and no style
 * attributes (the pages' Content-Security-Policy allows neither); colours come from the classes
 * {@code finding-bar}, {@code finding-<kind>}, {@code chart-label} and {@code chart-value} in
 * {@code assets/transcripts.css}. Labels are the page's own words, escaped anyway.
 */
public final class FindingsChart {
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 230;
    static final int BAR_SPACE = 300;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 20;

    private FindingsChart() {}

    /** One bar: the finding's name (for the CSS class and tests), its label and its count of calls. */
    public record Bar(String finding, String label, int count) {}

    /** The chart of {@code bars} followed by a bar of the {@code matched} calls. */
    public static String svg(List<Bar> findings, int matched) {
        List<Bar> bars = new java.util.ArrayList<>(findings);
        bars.add(new Bar("MATCHED", ReconciliationView.title(
                org.ledgerline.storage.reconciliation.ReconciledCall.Finding.MATCHED), matched));
        int max = bars.stream().mapToInt(Bar::count).max().orElse(0);
        int height = 8 + bars.size() * ROW_HEIGHT;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"findings-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\"><title>Calls per finding</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 4 + i * ROW_HEIGHT;
            int length = max == 0
                    ? 0
                    : Math.max(bar.count() == 0 ? 0 : 2,
                            (int) Math.round(BAR_SPACE * (double) bar.count() / max));
            int textY = y + BAR_HEIGHT / 2 + 5;
            String css = bar.finding().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            svg.append("<g class=\"chart-row\" data-finding=\"").append(escape(bar.finding()))
                    .append("\" data-count=\"").append(bar.count()).append("\">")
                    .append("<text class=\"chart-label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"")
                    .append(textY).append("\" text-anchor=\"end\">").append(escape(bar.label())).append("</text>")
                    .append("<rect class=\"finding-bar finding-").append(css).append("\" x=\"").append(LABEL_WIDTH)
                    .append("\" y=\"").append(y).append("\" width=\"").append(length).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" rx=\"3\"/>")
                    .append("<text class=\"chart-value\" x=\"").append(LABEL_WIDTH + length + 8).append("\" y=\"")
                    .append(textY).append("\">").append(bar.count()).append(bar.count() == 1 ? " call" : " calls")
                    .append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
