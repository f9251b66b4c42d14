package org.ledgerline.storage.dispute;

import java.util.List;

/** One page of a dispute search and the number of disputes matching the filters overall. */
public record DisputePage(List<DisputeView> items, long total, int limit, int offset) {
    public DisputePage {
        items = List.copyOf(items);
    }

    /** Whether a later page has more. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
