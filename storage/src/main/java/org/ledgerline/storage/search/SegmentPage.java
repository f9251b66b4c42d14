package org.ledgerline.storage.search;

import java.util.List;

/**
 * One page of results, best first.
 *
 * @param matches how many segments matched, counted up to {@code JdbcTranscriptSearch#CANDIDATES}
 * @param capped more segments matched than were ranked: the page ranks the newest {@code matches}
 *     of them; narrow the search (dates, customer, collector) to reach older ones
 */
public record SegmentPage(List<SegmentHit> hits, int page, int pageSize, int matches, boolean capped) {
    public SegmentPage {
        hits = List.copyOf(hits);
    }

    /** Whether a next page has results. */
    public boolean hasMore() {
        return (long) page * pageSize < matches;
    }
}
