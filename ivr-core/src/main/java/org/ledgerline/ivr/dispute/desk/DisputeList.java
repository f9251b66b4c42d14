package org.ledgerline.ivr.dispute.desk;

import java.util.List;
import org.ledgerline.storage.dispute.DisputePage;

/**
 * A page of the disputes list: its rows and where it sits among all that match the filters.
 *
 * @param first the 1-based position of the first row shown (0 when nothing matches)
 * @param last the position of the last row shown
 * @param previousOffset the offset of the page before, or -1 on the first page
 * @param nextOffset the offset of the page after, or -1 on the last page
 */
public record DisputeList(List<DisputeRow> rows, long total, int limit, int offset, long first, long last,
        int previousOffset, int nextOffset) {
    public DisputeList {
        rows = List.copyOf(rows);
    }

    static DisputeList of(DisputePage page, DeskFormat format) {
        List<DisputeRow> rows = page.items().stream().map(dispute -> DisputeRow.of(dispute, format)).toList();
        long first = rows.isEmpty() ? 0 : page.offset() + 1L;
        long last = (long) page.offset() + rows.size();
        int previous = page.offset() == 0 ? -1 : Math.max(0, page.offset() - page.limit());
        int next = page.hasMore() ? page.offset() + page.limit() : -1;
        return new DisputeList(rows, page.total(), page.limit(), page.offset(), first, last, previous, next);
    }

    /** Whether any dispute matched. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
