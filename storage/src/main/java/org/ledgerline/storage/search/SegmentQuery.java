package org.ledgerline.storage.search;

import java.util.Objects;

/**
 * One search: the words (PostgreSQL {@code websearch_to_tsquery} syntax: {@code "a phrase"}, {@code
 * or}, {@code -excluded}; blank: no text condition, newest first), the filters and the page.
 *
 * @param page 1-based
 * @param pageSize results per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SegmentQuery(String text, SegmentFilters filters, int page, int pageSize) {
    /** The longest query text accepted. */
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    public SegmentQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filters, "filters");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("the query is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE);
        }
    }

    /** The first page of {@code text} with {@code filters}. */
    public static SegmentQuery of(String text, SegmentFilters filters) {
        return new SegmentQuery(text, filters, 1, DEFAULT_PAGE_SIZE);
    }

    public boolean hasText() {
        return !text.isBlank();
    }
}
