package org.ledgerline.storage.search;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of a search's candidates: the newest matching segments in the reader's scope and the
 * filters, at most {@value #CANDIDATES}, with their rank. Filters and scope are bind parameters on
 * the segments' copied call facts ({@code segment_search}); the query text is bound where it is used
 * so the planner sees its value.
 *
 * <p><b>Two shapes.</b> Normally the planner chooses: the GIN index for a rare word, the newest-first
 * b-tree for a frequent one. A phrase ({@code "never promised"}) misleads it: PostgreSQL estimates a
 * phrase as if its words were independent, far rarer than a phrase people say, so it reads every
 * match through the GIN index and checks each row's positions (27,000 rows spread over the whole
 * table for a phrase in 3 % of the sentences; 0.3-0.6 s at a million segments). The <em>walk</em>
 * shape reads instead the newest {@value #WALK_ROWS} rows in scope, in b-tree order, and keeps those
 * holding the phrase: when that yields the full {@value #CANDIDATES} they are exactly the newest
 * matches; otherwise the phrase is rarer than that and the normal shape answers (README "Transcript
 * search and playback" has the measurements).
 */
final class SegmentCandidates {
    /** The most matching segments ranked per search (the newest). */
    static final int CANDIDATES = 200;
    /** The newest rows in scope a phrase search reads before asking the text index. */
    static final int WALK_ROWS = 30_000;

    private static final String COLUMNS = "s.segment_id as id, s.transcript_id, s.speaker, s.spoken_promise,"
            + " s.call_started_at, s.collector_user_id, s.customer_id, s.account_id, s.call_direction,"
            + " s.call_disposition";
    private static final String NEWEST_FIRST = " order by s.call_started_at desc nulls last, s.segment_id desc";
    private static final String QUERY = "websearch_to_tsquery('english', ?)";

    private SegmentCandidates() {}

    /**
     * Whether {@code query} tries the walk first: a phrase, without a customer or account filter (whose
     * b-trees already hold only a few hundred rows to check).
     */
    static boolean walksFirst(SegmentQuery query) {
        SegmentFilters f = query.filters();
        return query.hasText() && query.text().indexOf('"') >= 0 && f.customerId() == null
                && f.accountNumber() == null;
    }

    /**
     * The candidates' SQL; its parameters are appended to {@code params} in order.
     *
     * @param walkRows the newest rows in scope to read for the text (the walk), 0 for the normal shape
     */
    static String sql(SegmentQuery query, SearchScope scope, List<@Nullable Object> params, int walkRows) {
        if (!query.hasText()) {
            return "select " + COLUMNS + ", 0::real as rank from segment_search s where "
                    + filters(query, scope, params) + NEWEST_FIRST + " limit " + CANDIDATES;
        }
        params.add(query.text());
        String select = "select " + COLUMNS + ", ts_rank_cd(s.search_vector, " + QUERY + ") as rank from ";
        if (walkRows > 0) {
            String newest = "(select * from segment_search s where " + filters(query, scope, params) + NEWEST_FIRST
                    + " limit " + walkRows + ") s";
            params.add(query.text());
            return select + newest + " where s.search_vector @@ " + QUERY + NEWEST_FIRST + " limit " + CANDIDATES;
        }
        params.add(query.text());
        String text = "s.search_vector @@ " + QUERY;
        return select + "segment_search s where " + text + " and " + filters(query, scope, params) + NEWEST_FIRST
                + " limit " + CANDIDATES;
    }

    private static String filters(SegmentQuery query, SearchScope scope, List<@Nullable Object> params) {
        StringBuilder where = new StringBuilder("true");
        SegmentFilters f = query.filters();
        condition(where, params, "s.collector_user_id = (select id from users where username = ?)",
                f.collectorUsername());
        condition(where, params, "s.customer_id = ?", f.customerId());
        condition(where, params, "s.account_id = (select id from accounts where account_number = ?)",
                f.accountNumber());
        condition(where, params, "s.call_started_at >= ?", f.from());
        condition(where, params, "s.call_started_at < ?", f.to());
        condition(where, params, "s.call_direction = ?", f.direction() == null ? null : f.direction().name());
        condition(where, params, "s.call_disposition = ?", f.disposition() == null ? null : f.disposition().name());
        condition(where, params, "s.speaker = ?", f.speaker() == null ? null : f.speaker().name());
        condition(where, params, "s.spoken_promise = ?", f.spokenPromise());
        scope(where, params, scope);
        return where.toString();
    }

    private static void condition(StringBuilder where, List<@Nullable Object> params, String sql,
            @Nullable Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.add(value);
        }
    }

    /** The reader's scope as a condition on the segment's copied call facts. */
    private static void scope(StringBuilder where, List<@Nullable Object> params, SearchScope scope) {
        if (scope.everything()) {
            return;
        }
        List<String> any = new ArrayList<>();
        if (scope.collectorUserId() != null) {
            any.add("s.collector_user_id = ?");
            params.add(scope.collectorUserId());
        }
        if (scope.managerUserId() != null) {
            any.add("s.customer_id in (select customer_id from credit_manager_customers where user_id = ?)");
            params.add(scope.managerUserId());
        }
        where.append(" and (").append(any.isEmpty() ? "false" : String.join(" or ", any)).append(')');
    }
}
