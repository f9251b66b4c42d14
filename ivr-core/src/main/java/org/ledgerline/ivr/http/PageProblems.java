package org.ledgerline.ivr.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Objects;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a back-office page area shows a request it cannot answer: the {@code problem} page (a title, what
 * is wrong, and the way back into the area) inside the layout, so that every area says it the same way
 * and one template holds the page. A route group keeps the failures only it knows (an unknown dispute, a
 * refused form) and hands the rest to {@link #failed}: the ledger being unavailable, and anything else.
 */
final class PageProblems {
    private final Logger log;
    private final String area;
    private final String backPath;
    private final String backLabel;

    /**
     * @param owner the route group, whose logger says what failed (as it did before this class)
     * @param area how the log names the page area, such as {@code "Disputes desk"}
     * @param backPath the area's start page, such as {@code /disputes}, linked under the problem
     * @param backLabel that link's text, such as {@code "Back to all disputes"}
     */
    PageProblems(Class<?> owner, String area, String backPath, String backLabel) {
        this.log = LoggerFactory.getLogger(owner);
        this.area = Objects.requireNonNull(area, "area");
        this.backPath = Objects.requireNonNull(backPath, "backPath");
        this.backLabel = Objects.requireNonNull(backLabel, "backLabel");
    }

    /** Answers {@code status} with the problem page saying {@code title} and {@code problem}. */
    void show(RoutingContext ctx, int status, String title, String problem) {
        PageRenderer pages = ctx.get(PageRenderer.KEY);
        pages.renderPage(ctx, status, "problem", Map.of("title", title, "problem", problem, "backPath", backPath,
                "backLabel", backLabel));
    }

    /**
     * Answers a failure the route group has no page of its own for: the ledger being unavailable is a
     * 503 worth a warning (it passes); anything else is a bug, logged with its stack trace and shown as
     * a 500 page that keeps the details in the log.
     */
    void failed(RoutingContext ctx, Throwable failure) {
        if (failure instanceof LedgerUnavailableException down) {
            log.warn("{} {} {} found the ledger unavailable: {}", area, ctx.request().method(), ctx.request().path(),
                    down.getMessage());
            Refusals.unavailable(ctx);
            return;
        }
        log.error("{} {} {} failed", area, ctx.request().method(), ctx.request().path(), failure);
        show(ctx, 500, "Something went wrong", "The page could not be shown; the server log has the details.");
    }
}
