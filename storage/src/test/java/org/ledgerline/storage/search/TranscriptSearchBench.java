package org.ledgerline.storage.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.transcription.Speaker;
import org.postgresql.PGConnection;

/**
 * Search at a million segments (issue 10): generates collection calls (collector and customer
 * sentences with amounts, dates and promises; a tenth self-serve recordings) over a year into an
 * embedded PostgreSQL, then times {@link JdbcTranscriptSearch} (page 1, 20 results, snippets
 * included) for words, phrases, OR, exclusions, filters and each role's scope. Not a test: run it by
 * hand, see README "Transcript search and playback" for the command and the results.
 *
 * <p>Arguments: segments (default 1,000,000), runs per query (default 40). To study plans, {@code
 * -Dbench.hold=true} keeps the database (and its embedded server) after the run and prints its JDBC
 * URL; {@code -Dbench.database=<that URL>} then measures that database again without generating
 * (migrations added since are applied first, so a new index can be compared on the same rows);
 * {@code -Dbench.walkRows=0} measures without the phrase walk ({@link SegmentCandidates});
 * {@code -Dbench.threads=4} has four searchers run each shape at the same time (at most the test
 * pool's {@link TestLedgers#POOL_SIZE} connections).
 */
public final class TranscriptSearchBench {
    private static final int SEGMENTS_PER_CALL = 16;
    private static final int COLLECTORS = 25;
    private static final int MANAGERS = 4;
    private static final int CUSTOMERS = 3000;
    private static final Instant YEAR_START = Instant.parse("2025-12-01T00:00:00Z");
    private static final String FAKE_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";

    private record Query(String name, String text, SegmentFilters filters, SearchScope scope) {}

    private TranscriptSearchBench() {}

    public static void main(String[] args) throws Exception {
        int segments = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String existing = System.getProperty("bench.database");
        LedgerSettings settings = existing == null
                ? TestLedgers.newDatabase()
                : new LedgerSettings(existing, "postgres", "postgres", TestLedgers.POOL_SIZE, Duration.ofSeconds(5));
        try (Ledger ledger = Ledger.open(settings)) {
            if (existing == null) {
                long started = System.nanoTime();
                int calls = generate(ledger, segments);
                System.out.printf(Locale.ROOT, "generated %,d calls, %,d segments in %.0f s%n", calls,
                        count(ledger, "transcript_segments"), (System.nanoTime() - started) / 1e9);
            }
            // A live table is vacuumed by autovacuum long before anyone searches it: do it now rather than
            // measure while autovacuum works through a million new rows (hint bits, the visibility map,
            // the block range index's summaries).
            ledger.jdbc().update("vacuum analyze", "vacuum analyze");
            JdbcTranscriptSearch search = new JdbcTranscriptSearch(ledger.jdbc(),
                    Integer.getInteger("bench.walkRows", SegmentCandidates.WALK_ROWS));
            System.out
                    .println("phrase walk rows: " + Integer.getInteger("bench.walkRows", SegmentCandidates.WALK_ROWS));
            Random random = new Random(7);
            System.out.println("load average before: " + loadAverage());
            int threads = Integer.getInteger("bench.threads", 1);
            if (threads == 1) {
                System.out.println("| query | scope | matches (ranked) | p50 ms | p95 ms | max ms |");
                System.out.println("|---|---|---|---|---|---|");
                for (IntFunction<Query> query : queries(random)) {
                    measure(search, query, runs);
                }
            } else {
                System.out.println("searchers at once: " + threads);
                System.out.println("| query | scope | p50 ms | p95 ms | max ms | searches/s |");
                System.out.println("|---|---|---|---|---|---|");
                for (IntFunction<Query> query : queries(random)) {
                    measureTogether(search, query, runs, threads);
                }
            }
            System.out.println("load average after: " + loadAverage());
            if (Boolean.getBoolean("bench.hold")) {
                System.out.println("holding the database: " + settings.jdbcUrl());
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    private static List<IntFunction<Query>> queries(Random random) {
        SegmentFilters none = SegmentFilters.NONE;
        SearchScope all = SearchScope.EVERYTHING;
        List<IntFunction<Query>> list = new ArrayList<>();
        list.add(i -> new Query("rare: an invoice number `7NNNNN`", "7" + (10_000 + random.nextInt(90_000)), none,
                all));
        list.add(i -> new Query("word in 1 of 20 sentences `bankruptcy`", "bankruptcy", none, all));
        list.add(i -> new Query("common word `payment`", "payment", none, all));
        list.add(i -> new Query("phrase `\"two hundred\"`", "\"two hundred\"", none, all));
        list.add(i -> new Query("phrase said nowhere `\"never paid\"`", "\"never paid\"", none, all));
        list.add(i -> new Query("OR `damaged or lawyer`", "damaged or lawyer", none, all));
        list.add(i -> new Query("exclusion `invoice -paid`", "invoice -paid", none, all));
        list.add(i -> new Query("amount `250` (normal form)", "250", none, all));
        list.add(i -> new Query("`pay friday` + one month", "pay friday",
                none.withPeriod(month(i), month(i).plus(30, ChronoUnit.DAYS)),
                all));
        list.add(i -> new Query("`promise` + customer speaker + spoken promise", "promise",
                none.withSpeaker(Speaker.CUSTOMER).withSpokenPromise(true), all));
        list.add(i -> new Query("`invoice` + one customer", "invoice", none.withCustomer(customer(random)), all));
        list.add(i -> new Query("`dispute` + one collector", "dispute",
                none.withCollector("collector" + (1 + random.nextInt(COLLECTORS))), all));
        list.add(i -> new Query("`payment` + inbound", "payment", none.withDirection(CallDirection.INBOUND), all));
        list.add(i -> new Query("no text, spoken promises, newest", "", none.withSpokenPromise(true), all));
        list.add(i -> new Query("`payment`, manager scope", "payment", none,
                SearchScope.manager(managerId(random))));
        list.add(i -> new Query("`\"never promised\"`, manager scope", "\"never promised\"", none,
                SearchScope.manager(managerId(random))));
        list.add(i -> new Query("`payment`, collector scope", "payment", none,
                SearchScope.collector(1 + random.nextInt(COLLECTORS))));
        list.add(i -> new Query("`bankruptcy`, collector scope", "bankruptcy", none,
                SearchScope.collector(1 + random.nextInt(COLLECTORS))));
        return list;
    }

    private static Instant month(int i) {
        return YEAR_START.plus(30L * (i % 12), ChronoUnit.DAYS);
    }

    private static long customer(Random random) {
        return 1L + random.nextInt(CUSTOMERS);
    }

    private static long managerId(Random random) {
        return COLLECTORS + 1L + random.nextInt(MANAGERS);
    }

    private static void measure(JdbcTranscriptSearch search, IntFunction<Query> queries, int runs) {
        for (int i = 0; i < 5; i++) {
            Query q = queries.apply(i);
            search.search(SegmentQuery.of(q.text(), q.filters()), q.scope());
        }
        long[] nanos = new long[runs];
        long matches = 0;
        boolean capped = false;
        Query q = queries.apply(0);
        for (int i = 0; i < runs; i++) {
            q = queries.apply(i);
            long start = System.nanoTime();
            SegmentPage page = search.search(SegmentQuery.of(q.text(), q.filters()), q.scope());
            nanos[i] = System.nanoTime() - start;
            matches += page.matches();
            capped |= page.capped();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "| %s | %s | %s%d | %.1f | %.1f | %.1f |%n", q.name(),
                q.scope().everything() ? "auditor" : q.scope().collectorUserId() != null ? "collector" : "manager",
                capped ? "≥ " : "", matches / runs, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
                nanos[runs - 1] / 1e6);
    }

    /**
     * {@code threads} searchers (auditors at their desks) each run {@code runs} searches of one shape at
     * the same time, through the same pool; every search's latency counts.
     */
    private static void measureTogether(JdbcTranscriptSearch search, IntFunction<Query> queries, int runs,
            int threads) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            Query q = queries.apply(i);
            search.search(SegmentQuery.of(q.text(), q.filters()), q.scope());
        }
        long[] nanos = new long[runs * threads];
        List<Thread> searchers = new ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int first = t * runs;
            searchers.add(Thread.ofPlatform().name("searcher-" + t).start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < runs; i++) {
                    Query q = queries.apply(first + i);
                    long begin = System.nanoTime();
                    search.search(SegmentQuery.of(q.text(), q.filters()), q.scope());
                    nanos[first + i] = System.nanoTime() - begin;
                }
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread searcher : searchers) {
            searcher.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(nanos);
        Query q = queries.apply(0);
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.0f |%n", q.name(),
                q.scope().everything() ? "auditor" : q.scope().collectorUserId() != null ? "collector" : "manager",
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6,
                nanos[nanos.length - 1] / 1e6, nanos.length / seconds);
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static long count(Ledger ledger, String table) {
        return ledger.jdbc().queryOne("count", "select count(*) from " + table, row -> row.getLong(1));
    }

    /** Fills a fresh ledger; identities start at 1, so ids are known without reading them back. */
    private static int generate(Ledger ledger, int segments) throws SQLException {
        int calls = segments / SEGMENTS_PER_CALL;
        Random random = new Random(20_261_207L);
        ledger.jdbc().update("users", """
                insert into users (username, display_name, password_hash)
                select 'collector' || n, 'Collector ' || n, ? from generate_series(1, ?) n
                """, FAKE_HASH, COLLECTORS);
        ledger.jdbc().update("managers", """
                insert into users (username, display_name, password_hash)
                select 'manager' || n, 'Manager ' || n, ? from generate_series(1, ?) n
                """, FAKE_HASH, MANAGERS);
        ledger.jdbc().update("customers", """
                insert into customers (name, billing_address, time_zone)
                select 'Customer ' || n, n || ' Main St, Springfield, IL 62701', 'America/Chicago'
                  from generate_series(1, ?) n
                """, CUSTOMERS);
        ledger.jdbc().update("accounts", """
                insert into accounts (customer_id, account_number, currency, pin_hash)
                select n, (200000 + n)::text, 'USD', 'x' from generate_series(1, ?) n
                """, CUSTOMERS);
        // Each manager looks after a quarter of the customers.
        ledger.jdbc().update("portfolios", """
                insert into credit_manager_customers (user_id, customer_id, assigned_by)
                select ? + 1 + (n % ?), n, 'bench' from generate_series(1, ?) n
                """, COLLECTORS, MANAGERS, CUSTOMERS);
        try (Connection connection = ledger.dataSource().getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            StringBuilder rows = new StringBuilder();
            long[] started = new long[calls];
            int[] accounts = new int[calls];
            for (int c = 0; c < calls; c++) {
                started[c] = YEAR_START.getEpochSecond() + (long) random.nextInt(365 * 86_400);
                accounts[c] = 1 + random.nextInt(CUSTOMERS);
            }
            // Calls are transcribed soon after they end, so segments reach the table in call order. Every
            // tenth call is a self-serve recording; ids count up from 1 per table in insertion order.
            Arrays.sort(started);
            int[] sourceId = new int[calls];
            int collectorIds = 0;
            int recordingIds = 0;
            for (int c = 0; c < calls; c++) {
                sourceId[c] = selfServe(c) ? ++recordingIds : ++collectorIds;
            }
            for (int c = 0; c < calls; c++) {
                if (selfServe(c)) {
                    continue;
                }
                Instant at = Instant.ofEpochSecond(started[c]);
                rows.append("bench-").append(c).append('\t').append(1 + c % COLLECTORS).append('\t')
                        .append(accounts[c]).append('\t').append(accounts[c]).append("\t5550100\tALLOWED\t")
                        .append(at).append('\t').append(at.plusSeconds(300)).append('\t')
                        .append(random.nextInt(5) == 0 ? "ANSWERED_NO_CONVERSATION" : "CONVERSATION").append('\n');
            }
            copy(pg, "collector_calls (idempotency_key, collector_user_id, customer_id, account_id, dialled_number,"
                    + " gate_decision, started_at, ended_at, disposition)", rows);
            for (int c = 0; c < calls; c++) {
                if (selfServe(c)) {
                    rows.append("ss-").append(c).append("\tinbound\tselfserve\t").append(accounts[c]).append('\t')
                            .append(Instant.ofEpochSecond(started[c])).append('\n');
                }
            }
            copy(pg, "calls (call_id, direction, flow, account_id, started_at)", rows);
            for (int c = 0; c < calls; c++) {
                if (selfServe(c)) {
                    rows.append("ss-rec-").append(c).append("\tss-").append(c).append("\tCALL\tselfserve/").append(c)
                            .append('\t').append(Instant.ofEpochSecond(started[c])).append('\n');
                }
            }
            copy(pg, "recordings (idempotency_key, call_id, kind, file_path, started_at)", rows);
            for (int c = 0; c < calls; c++) {
                rows.append(selfServe(c) ? "\\N" : Integer.toString(sourceId[c])).append('\t')
                        .append(selfServe(c) ? Integer.toString(sourceId[c]) : "\\N").append("\tvosk\ten\t\n");
            }
            copy(pg, "transcripts (collector_call_id, recording_id, engine, language, full_text)", rows);
            CallSentences sentences = new CallSentences(random);
            for (int c = 0; c < calls; c++) {
                boolean collectorCall = !selfServe(c);
                int offset = 0;
                for (int s = 0; s < SEGMENTS_PER_CALL; s++) {
                    String speaker = !collectorCall ? "CALLER" : s % 2 == 0 ? "COLLECTOR" : "CUSTOMER";
                    CallSentences.Sentence sentence = speaker.equals("COLLECTOR")
                            ? sentences.collector()
                            : sentences.customer();
                    int length = 1500 + sentence.text().length() * 60;
                    rows.append(c + 1).append('\t').append(s).append('\t').append(offset).append('\t')
                            .append(offset + length).append("\t").append(sentence.text()).append("\t0.9\t")
                            .append(speaker).append('\t').append(sentence.wordsJson(offset)).append('\t')
                            .append(sentence.normalized()).append('\t').append(sentence.promise()).append('\n');
                    offset += length + 400;
                }
                if (rows.length() > 8_000_000) {
                    copy(pg, SEGMENT_COLUMNS, rows);
                }
            }
            copy(pg, SEGMENT_COLUMNS, rows);
        }
        return calls;
    }

    private static boolean selfServe(int call) {
        return call % 10 == 9;
    }

    private static final String SEGMENT_COLUMNS = "transcript_segments (transcript_id, seq, start_ms, end_ms, text,"
            + " confidence, speaker, words, normalized, spoken_promise)";

    private static void copy(PGConnection pg, String table, StringBuilder rows) throws SQLException {
        try {
            pg.getCopyAPI().copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("copy into " + table, e);
        }
        rows.setLength(0);
    }
}
