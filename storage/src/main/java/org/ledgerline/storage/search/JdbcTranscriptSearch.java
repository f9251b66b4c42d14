package org.ledgerline.storage.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.transcription.Speaker;

/**
 * {@link TranscriptSearch} over {@code segment_search}, the narrow search rows of the segments (V9),
 * with the segments themselves read for the page shown: the query text goes to {@code
 * websearch_to_tsquery('english', ?)} as a bind parameter (it never fails on odd syntax: quotes,
 * {@code or}, {@code -} and stray characters are read leniently), filters and the reader's scope are
 * bound parameters on the segments' copied call facts, so the search reads one table.
 *
 * <p><b>Ranking.</b> The matching segments of the newest calls, at most {@value #CANDIDATES}, are
 * ranked by {@code ts_rank_cd} (cover density: words close together rank higher), ties newest
 * first. A word said in a third of all calls would otherwise rank hundreds of thousands of segments
 * per request; capping the candidates keeps every search bounded (README: "Transcript search and
 * playback", measured at a million segments). {@link SegmentPage#capped()} tells the reader to
 * narrow the search (dates, customer, collector) to reach older calls. A phrase is first looked for
 * among the newest rows in scope ({@link SegmentCandidates#walksFirst}); only when too few of them
 * hold it does the text index answer.
 *
 * <p><b>Snippets.</b> {@code ts_headline} marks matches with the control characters U+0001 and
 * U+0002, which are first removed from the segment's text, so the only markers are the ones it puts
 * there; the text is then split into {@link SnippetPart}s. No markup leaves the ledger.
 */
public final class JdbcTranscriptSearch implements TranscriptSearch {
    /** The most matching segments ranked per search (the newest). */
    public static final int CANDIDATES = SegmentCandidates.CANDIDATES;
    private static final char START = '\u0001';
    private static final char STOP = '\u0002';
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=40, MinWords=15, ShortWord=2, HighlightAll=false";

    private static final String FACTS_COLUMNS = """
            f.collector_call_id, f.recording_id, f.self_serve_call_id, f.call_started_at, f.collector_user_id,
            u.username as collector_username, f.customer_id, cu.name as customer_name, f.account_id,
            a.account_number, f.call_direction, f.call_disposition""";
    private static final String FACTS_JOINS = """
            left join users u on u.id = f.collector_user_id
            left join customers cu on cu.id = f.customer_id
            left join accounts a on a.id = f.account_id""";

    /** The planner's cost of a page read out of order while searching (see {@link #customPlan}). */
    static final String RANDOM_PAGE_COST = "1.1";

    private final Jdbc jdbc;
    private final int walkRows;

    public JdbcTranscriptSearch(Jdbc jdbc) {
        this(jdbc, SegmentCandidates.WALK_ROWS);
    }

    /**
     * With a walk of {@code walkRows} newest rows for phrases: tests use a short one, the benchmark 0
     * (no walk, the text index and the planner alone) to compare.
     */
    JdbcTranscriptSearch(Jdbc jdbc, int walkRows) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.walkRows = walkRows;
    }

    @Override
    public SegmentPage search(SegmentQuery query, SearchScope scope) {
        if (scope.seesNothing()) {
            return new SegmentPage(List.of(), query.page(), query.pageSize(), 0, false);
        }
        if (walkRows > 0 && SegmentCandidates.walksFirst(query)) {
            SegmentPage walked = page(query, scope, walkRows);
            if (walked.capped()) {
                return walked;
            }
            // Fewer matches among the newest rows than are ranked: a rarer phrase, which the text index finds.
        }
        return page(query, scope, 0);
    }

    /** A page of the candidates read as {@link SegmentCandidates#sql} says ({@code walkRows} 0: normally). */
    private SegmentPage page(SegmentQuery query, SearchScope scope, int walk) {
        List<@Nullable Object> params = new ArrayList<>();
        String sql = searchSql(query, scope, params, walk);
        List<Row> rows = customPlan("search transcripts",
                () -> jdbc.query("search transcripts", sql, JdbcTranscriptSearch::row, params.toArray()));
        int matches = rows.isEmpty() ? countOnly(query, scope, walk) : rows.getFirst().matches();
        List<SegmentHit> hits = rows.stream().map(Row::hit).toList();
        return new SegmentPage(hits, query.page(), query.pageSize(), matches, matches >= CANDIDATES);
    }

    /**
     * Runs {@code work} with a plan made for this query's values. Which index is right depends on how
     * often the words occur (GIN for a rare word, the newest-first b-tree for a frequent one), and
     * only a plan made with the actual query text knows that; a generic plan of a prepared statement
     * would pick one for all.
     *
     * <p>The plan is also costed with {@value #RANDOM_PAGE_COST} for a page read out of order (the
     * server's default is 4, for spinning disks): the search rows and their indexes, ~470 MB a million
     * segments, are read from memory or SSD, where a newest-first walk of a collector's b-tree that
     * stops after 200 matches costs what it reads. With 4 the planner intersected the text index with
     * that b-tree instead and read every match's page: 19 ms against 2 ms for {@code dispute} within
     * one collector's calls (README "Transcript search and playback").
     */
    private <T> T customPlan(String operation, java.util.function.Supplier<T> work) {
        return jdbc.inTransaction(operation, () -> {
            jdbc.query("plan for these values", "select set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " set_config('random_page_cost', '" + RANDOM_PAGE_COST + "', true)", row -> true);
            return work.get();
        });
    }

    /** A page past the last result still says how many matched. */
    private int countOnly(SegmentQuery query, SearchScope scope, int walk) {
        if (query.page() == 1) {
            return 0;
        }
        List<@Nullable Object> params = new ArrayList<>();
        String candidates = SegmentCandidates.sql(query, scope, params, walk);
        return customPlan("count transcript matches", () -> jdbc.queryOne("count transcript matches",
                "with hits as (" + candidates + ") select count(*) from hits", r -> r.getInt(1), params.toArray()));
    }

    /**
     * The page of results. The query text is bound where it is used ({@code websearch_to_tsquery}
     * inline, not in a CTE) so the planner sees its value and estimates how many rows it matches.
     */
    private static String searchSql(SegmentQuery query, SearchScope scope, List<@Nullable Object> params,
            int walk) {
        String candidates = SegmentCandidates.sql(query, scope, params, walk);
        params.add(query.pageSize());
        params.add((long) (query.page() - 1) * query.pageSize());
        String snippet;
        if (query.hasText()) {
            params.add(query.text());
            params.add(HEADLINE_OPTIONS);
            snippet = "ts_headline('english', translate(ts.text, chr(1) || chr(2), ''),"
                    + " websearch_to_tsquery('english', ?), ?)";
        } else {
            snippet = "translate(ts.text, chr(1) || chr(2), '')";
        }
        return "with hits as (" + candidates + "), "
                + """
                        page as (
                            select h.*, count(*) over () as matches from hits h
                             order by h.rank desc, h.call_started_at desc nulls last, h.id desc
                             limit ? offset ?)
                        select p.id, p.transcript_id, p.speaker, ts.start_ms, ts.end_ms, p.spoken_promise, p.rank,
                               p.matches, t.collector_call_id, t.recording_id, r.call_id as self_serve_call_id,
                               p.call_started_at, p.call_direction, p.call_disposition, p.customer_id,
                               u.username as collector_username, cu.name as customer_name, a.account_number,
                        """
                + snippet + " as snippet\n"
                + """
                          from page p
                          join transcript_segments ts on ts.id = p.id
                          join transcripts t on t.id = p.transcript_id
                          left join recordings r on r.id = t.recording_id
                          left join users u on u.id = p.collector_user_id
                          left join customers cu on cu.id = p.customer_id
                          left join accounts a on a.id = p.account_id
                         order by p.rank desc, p.call_started_at desc nulls last, p.id desc
                        """;
    }

    @Override
    public Optional<TranscriptDetail> transcript(long transcriptId) {
        Optional<Header> header = jdbc.queryOptional("read a transcript", """
                select t.id, t.engine, t.language, t.created_at,
                """ + FACTS_COLUMNS + """

                  from transcripts t
                  join transcript_call_facts f on f.transcript_id = t.id
                """ + FACTS_JOINS + """

                 where t.id = ?
                """, row -> new Header(row.getString("engine"), row.getString("language"),
                Jdbc.requiredInstant(row, "created_at"), facts(row)), transcriptId);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        CallFacts call = header.get().call();
        List<TranscriptDetail.Segment> segments = jdbc.query("read a transcript's segments", """
                select id, seq, speaker, start_ms, end_ms, text, normalized, words::text as words, spoken_promise,
                       promise_amount, promise_date
                  from transcript_segments where transcript_id = ? order by start_ms, seq
                """, row -> new TranscriptDetail.Segment(row.getLong("id"), row.getInt("seq"),
                Speaker.valueOf(row.getString("speaker")), row.getInt("start_ms"), row.getInt("end_ms"),
                row.getString("text"), row.getString("normalized"), row.getString("words"),
                row.getBoolean("spoken_promise"), row.getBigDecimal("promise_amount"),
                Jdbc.localDate(row, "promise_date")), transcriptId);
        CallLedgerFacts ledgerFacts = new CallLedgerFacts(jdbc);
        return Optional.of(new TranscriptDetail(transcriptId, header.get().engine(), header.get().language(),
                header.get().createdAt(), call, segments, ledgerFacts.promises(call), ledgerFacts.payments(call),
                ledgerFacts.disputes(call)));
    }

    @Override
    public Optional<CallFacts> collectorCall(long collectorCallId) {
        return jdbc.queryOptional("read a collector call's facts", """
                select cc.id as collector_call_id, null::bigint as recording_id, null::text as self_serve_call_id,
                       cc.started_at as call_started_at, cc.collector_user_id, u.username as collector_username,
                       cc.customer_id, cu.name as customer_name, cc.account_id, a.account_number,
                       'OUTBOUND' as call_direction, cc.disposition as call_disposition
                  from collector_calls cc
                  left join users u on u.id = cc.collector_user_id
                  left join customers cu on cu.id = cc.customer_id
                  left join accounts a on a.id = cc.account_id
                 where cc.id = ?
                """, JdbcTranscriptSearch::facts, collectorCallId);
    }

    @Override
    public Optional<Long> transcriptOfCall(String callId) {
        return jdbc.queryOptional("find a call's transcript", """
                select t.id
                  from transcripts t
                 where t.collector_call_id in (select id from collector_calls where call_id = ?)
                    or t.recording_id in (select id from recordings where call_id = ?)
                 order by t.created_at desc, t.id desc
                 limit 1
                """, row -> row.getLong(1), callId, callId);
    }

    @Override
    public Optional<CallFacts> selfServeRecording(long recordingId) {
        return jdbc.queryOptional("read a self-serve recording's facts", """
                select null::bigint as collector_call_id, r.id as recording_id, r.call_id as self_serve_call_id,
                       coalesce(c.started_at, r.started_at) as call_started_at, null::bigint as collector_user_id,
                       null::text as collector_username, a.customer_id, cu.name as customer_name, a.id as account_id,
                       a.account_number, upper(c.direction) as call_direction, null::text as call_disposition
                  from recordings r
                  join calls c on c.call_id = r.call_id
                  left join accounts a on a.id = coalesce(c.account_id, (select min(d.account_id) from disputes d
                                                                          where d.description_recording_id = r.id))
                  left join customers cu on cu.id = a.customer_id
                 where r.id = ?
                """, JdbcTranscriptSearch::facts, recordingId);
    }

    @Override
    public boolean sees(SearchScope scope, CallFacts call) {
        if (scope.everything()) {
            return true;
        }
        Long collector = scope.collectorUserId();
        if (collector != null && collector.equals(call.collectorUserId())) {
            return true;
        }
        Long manager = scope.managerUserId();
        Long customer = call.customerId();
        return manager != null && customer != null && jdbc.queryOne("check a manager's customer",
                "select exists (select 1 from credit_manager_customers where user_id = ? and customer_id = ?)",
                row -> row.getBoolean(1), manager, customer);
    }

    static CallFacts facts(ResultSet row) throws SQLException {
        String direction = row.getString("call_direction");
        return new CallFacts(Jdbc.nullableLong(row, "collector_call_id"), row.getString("self_serve_call_id"),
                Jdbc.nullableLong(row, "recording_id"), Jdbc.instant(row, "call_started_at"),
                Jdbc.nullableLong(row, "collector_user_id"), row.getString("collector_username"),
                Jdbc.nullableLong(row, "customer_id"), row.getString("customer_name"),
                Jdbc.nullableLong(row, "account_id"), row.getString("account_number"),
                direction == null ? null : CallDirection.valueOf(direction), row.getString("call_disposition"));
    }

    private static Row row(ResultSet row) throws SQLException {
        String direction = row.getString("call_direction");
        SegmentHit hit = new SegmentHit(row.getLong("id"), row.getLong("transcript_id"),
                Jdbc.nullableLong(row, "collector_call_id"), row.getString("self_serve_call_id"),
                Jdbc.nullableLong(row, "recording_id"), Speaker.valueOf(row.getString("speaker")),
                row.getInt("start_ms"), row.getInt("end_ms"), row.getString("collector_username"),
                Jdbc.nullableLong(row, "customer_id"), row.getString("customer_name"), row.getString("account_number"),
                Jdbc.instant(row, "call_started_at"), direction == null ? null : CallDirection.valueOf(direction),
                row.getString("call_disposition"), row.getBoolean("spoken_promise"), row.getDouble("rank"),
                snippet(row.getString("snippet")));
        return new Row(hit, row.getInt("matches"));
    }

    /** Splits {@code ts_headline}'s output at its markers into plain and highlighted runs. */
    static List<SnippetPart> snippet(String marked) {
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean highlight = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == STOP) {
                if (!run.isEmpty()) {
                    parts.add(new SnippetPart(run.toString(), highlight));
                    run.setLength(0);
                }
                highlight = c == START;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            parts.add(new SnippetPart(run.toString(), highlight));
        }
        return parts;
    }

    private record Row(SegmentHit hit, int matches) {}

    private record Header(String engine, String language, java.time.Instant createdAt, CallFacts call) {}
}
