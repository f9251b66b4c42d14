package org.ledgerline.storage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.testing.TranscriptRows;
import org.ledgerline.storage.transcription.Speaker;

/**
 * Search over transcript segments on a real PostgreSQL: the web-search syntax, the normal form,
 * snippets as text spans, every filter, the reader's scope inside the query, hostile query text, and
 * the call facts the triggers copy onto segments.
 */
class JdbcTranscriptSearchIT {
    private static final Instant OCTOBER = Instant.parse("2026-10-01T15:00:00Z");
    private static final Instant NOVEMBER = Instant.parse("2026-11-02T16:00:00Z");

    private static Ledger ledger;
    private static JdbcTranscriptSearch search;
    private static TranscriptRows rows;
    private static long collector1;
    private static long collector2;
    private static long manager;
    private static long customerA;
    private static long customerB;
    private static long callA;
    private static long callB;
    private static long promiseSegment;

    @BeforeAll
    static void seed() {
        ledger = TestLedgers.newLedger();
        LedgerRows ledgerRows = new LedgerRows(ledger);
        rows = new TranscriptRows(ledger);
        search = new JdbcTranscriptSearch(ledger.jdbc());
        collector1 = ledgerRows.collector("c1");
        collector2 = ledgerRows.collector("c2");
        manager = ledgerRows.collector("m1");
        customerA = ledgerRows.customer("Alder Supply", "America/Chicago", "3125550100");
        customerB = ledgerRows.customer("Birch Goods", "America/Denver", "3035550100");
        long accountA = ledgerRows.account(customerA, "900001", "x");
        long accountB = ledgerRows.account(customerB, "900002", "x");
        new CreditManagerPortfolio(ledger.jdbc()).assign(manager, customerA, "test");

        callA = rows.collectorCall(collector1, customerA, accountA, OCTOBER, "CONVERSATION");
        long transcriptA = rows.collectorTranscript(callA);
        rows.segment(transcriptA, 0, "COLLECTOR", 0, "this is Sam calling about your past due invoice");
        promiseSegment = rows.segment(transcriptA, 1, "CUSTOMER", 4200, "I can pay two hundred dollars on Friday",
                "200 $200", true);
        rows.segment(transcriptA, 2, "CUSTOMER", 9000, "I never promised anything <b>like</b> that \u0001 ok");

        callB = rows.collectorCall(collector2, customerB, accountB, NOVEMBER, "ANSWERED_NO_CONVERSATION");
        long transcriptB = rows.collectorTranscript(callB);
        rows.segment(transcriptB, 0, "COLLECTOR", 0, "hello I am calling about the invoice");
        rows.segment(transcriptB, 1, "CUSTOMER", 3000, "I already paid it last week");

        long selfServe = rows.selfServeTranscript("1795510179.7", accountA, NOVEMBER.plusSeconds(3600));
        rows.segment(selfServe, 0, "CALLER", 1500, "the goods arrived damaged and the invoice is wrong");
    }

    @Test
    void aCallsReferenceFindsItsTranscriptWhetherCollectorCallOrSelfServeRecording() {
        ledger.jdbc().update("test: insert call",
                """
                        insert into calls (call_id, direction, flow, started_at) values ('collector-b', 'outbound', 'collector', ?)
                        """,
                NOVEMBER);
        ledger.jdbc().update("test: link call", "update collector_calls set call_id = 'collector-b' where id = ?",
                callB);
        long transcriptB = ledger.jdbc().queryOne("test: transcript of call B",
                "select id from transcripts where collector_call_id = ?", row -> row.getLong(1), callB);
        long selfServe = ledger.jdbc().queryOne("test: self-serve transcript", """
                select t.id from transcripts t join recordings r on r.id = t.recording_id where r.call_id = ?
                """, row -> row.getLong(1), "1795510179.7");

        assertThat(search.transcriptOfCall("collector-b")).hasValue(transcriptB);
        assertThat(search.transcriptOfCall("1795510179.7")).hasValue(selfServe);
        assertThat(search.transcriptOfCall("no-such-call")).isEmpty();
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void aPhraseFindsTheSentenceWithItsCallSpeakerAndOffsetAndHighlightsItAsTextSpans() {
        SegmentPage page = search.search(SegmentQuery.of("\"two hundred dollars\"", SegmentFilters.NONE),
                SearchScope.EVERYTHING);

        assertThat(page.hits()).hasSize(1);
        SegmentHit hit = page.hits().getFirst();
        assertThat(hit.segmentId()).isEqualTo(promiseSegment);
        assertThat(hit.collectorCallId()).isEqualTo(callA);
        assertThat(hit.speaker()).isEqualTo(Speaker.CUSTOMER);
        assertThat(hit.startMs()).isEqualTo(4200);
        assertThat(hit.collectorUsername()).isEqualTo("c1");
        assertThat(hit.customerName()).isEqualTo("Alder Supply");
        assertThat(hit.accountNumber()).isEqualTo("900001");
        assertThat(hit.callStartedAt()).isEqualTo(OCTOBER);
        assertThat(hit.direction()).isEqualTo(CallDirection.OUTBOUND);
        assertThat(hit.disposition()).isEqualTo("CONVERSATION");
        assertThat(hit.spokenPromise()).isTrue();
        assertThat(hit.rank()).isPositive();
        assertThat(hit.snippet()).filteredOn(SnippetPart::highlight).extracting(SnippetPart::text)
                .containsExactly("two", "hundred", "dollars");
        assertThat(hit.snippet().stream().map(SnippetPart::text).reduce("", String::concat))
                .isEqualTo("I can pay two hundred dollars on Friday");
    }

    @Test
    void theNormalFormFindsSpokenAmounts() {
        assertThat(ids(search.search(SegmentQuery.of("200", SegmentFilters.NONE), SearchScope.EVERYTHING)))
                .containsExactly(promiseSegment);
    }

    @Test
    void orAndExclusionFollowWebSearchSyntax() {
        SegmentPage either = search.search(SegmentQuery.of("damaged or paid", SegmentFilters.NONE),
                SearchScope.EVERYTHING);
        assertThat(either.hits()).extracting(SegmentHit::speaker)
                .containsExactlyInAnyOrder(Speaker.CALLER, Speaker.CUSTOMER);

        SegmentPage invoices = search.search(SegmentQuery.of("invoice -past -damaged", SegmentFilters.NONE),
                SearchScope.EVERYTHING);
        assertThat(invoices.hits()).extracting(SegmentHit::collectorCallId).containsExactly(callB);
    }

    @Test
    void eachFilterNarrowsTheCalls() {
        SearchScope all = SearchScope.EVERYTHING;
        SegmentFilters none = SegmentFilters.NONE;
        assertThat(search.search(SegmentQuery.of("invoice", none.withCollector("c2")), all).hits())
                .extracting(SegmentHit::collectorCallId).containsExactly(callB);
        assertThat(search.search(SegmentQuery.of("invoice", none.withCustomer(customerA)), all).hits())
                .hasSize(2);
        assertThat(search.search(SegmentQuery.of("invoice", none.withDirection(CallDirection.INBOUND)), all).hits())
                .extracting(SegmentHit::speaker, SegmentHit::selfServeCallId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Speaker.CALLER, "1795510179.7"));
        assertThat(search.search(SegmentQuery.of("", none.withSpokenPromise(true)), all).hits())
                .extracting(SegmentHit::segmentId).containsExactly(promiseSegment);
        assertThat(search.search(SegmentQuery.of("", none.withSpeaker(Speaker.COLLECTOR)), all).hits())
                .hasSize(2);
        assertThat(search.search(SegmentQuery.of("invoice", none.withPeriod(OCTOBER, NOVEMBER)), all).hits())
                .extracting(SegmentHit::collectorCallId).containsExactly(callA);
        SegmentFilters byAccount = new SegmentFilters(null, null, "900002", null, null, null,
                AttemptDisposition.ANSWERED_NO_CONVERSATION, null, null);
        assertThat(search.search(SegmentQuery.of("", byAccount), all).hits()).hasSize(2)
                .allSatisfy(hit -> assertThat(hit.collectorCallId()).isEqualTo(callB));
    }

    @Test
    void aCollectorSeesOnlyOwnCallsAndAManagerOnlyTheirCustomersCalls() {
        SegmentQuery invoice = SegmentQuery.of("invoice", SegmentFilters.NONE);
        assertThat(search.search(invoice, SearchScope.EVERYTHING).hits()).hasSize(3);
        assertThat(search.search(invoice, SearchScope.collector(collector1)).hits())
                .extracting(SegmentHit::collectorCallId).containsExactly(callA);
        assertThat(search.search(invoice, SearchScope.collector(collector2)).hits())
                .extracting(SegmentHit::collectorCallId).containsExactly(callB);
        assertThat(search.search(invoice, SearchScope.manager(manager)).hits())
                .extracting(SegmentHit::customerId).containsOnly(customerA).hasSize(2);
        assertThat(search.search(invoice, SearchScope.collector(collector2).union(SearchScope.manager(manager)))
                .hits()).hasSize(3);
        assertThat(search.search(invoice, SearchScope.NOTHING).hits()).isEmpty();
        assertThat(search.search(invoice, SearchScope.collector(collector1).union(SearchScope.EVERYTHING)).hits())
                .hasSize(3);
    }

    @Test
    void hostileQueryTextIsOnlyEverSearchedFor() {
        for (String hostile : List.of("'; drop table transcript_segments; --", "\"unbalanced", "a & | ! :* ( ) <->",
                "or or -", "\\", "' or 1=1 --", "<script>alert(1)</script>", "\u0001\u0002")) {
            SegmentPage page = search.search(SegmentQuery.of(hostile, SegmentFilters.NONE), SearchScope.EVERYTHING);
            assertThat(page.hits()).as(hostile).allSatisfy(hit -> assertThat(hit.segmentId()).isPositive());
        }
        SegmentFilters hostileFilters = new SegmentFilters("c1' or '1'='1", null, "1 or 1=1", null, null, null, null,
                null, null);
        assertThat(search.search(SegmentQuery.of("invoice", hostileFilters), SearchScope.EVERYTHING).hits()).isEmpty();
        assertThat(new LedgerRows(ledger).count("transcript_segments")).isEqualTo(6);
    }

    @Test
    void markupInTheTextNeverComesBackAsMarkupAndStrayMarkersAreDropped() {
        SegmentHit hit = search.search(SegmentQuery.of("promised", SegmentFilters.NONE), SearchScope.EVERYTHING)
                .hits().getFirst();
        String text = hit.snippet().stream().map(SnippetPart::text).reduce("", String::concat);
        // PostgreSQL's parser reads "<b>" as a tag, which ts_headline leaves out: the words stay, the markup goes.
        assertThat(text).contains("like").doesNotContain("<b>").doesNotContain("\u0001").doesNotContain("\u0002");
        assertThat(hit.snippet()).filteredOn(SnippetPart::highlight).extracting(SnippetPart::text)
                .containsExactly("promised");
    }

    @Test
    void pagesCountTheMatches() {
        SegmentQuery first = new SegmentQuery("", SegmentFilters.NONE, 1, 4);
        SegmentPage one = search.search(first, SearchScope.EVERYTHING);
        assertThat(one.matches()).isEqualTo(6);
        assertThat(one.hasMore()).isTrue();
        SegmentPage two = search.search(new SegmentQuery("", SegmentFilters.NONE, 2, 4), SearchScope.EVERYTHING);
        assertThat(two.hits()).hasSize(2);
        assertThat(two.hasMore()).isFalse();
        SegmentPage past = search.search(new SegmentQuery("", SegmentFilters.NONE, 9, 4), SearchScope.EVERYTHING);
        assertThat(past.hits()).isEmpty();
        assertThat(past.matches()).isEqualTo(6);
        assertThat(one.capped()).isFalse();
    }

    @Test
    void aLaterChangeOfTheCallIsCopiedOntoItsSegments() {
        long customer = new LedgerRows(ledger).customer("Cedar Works", "America/New_York");
        long account = new LedgerRows(ledger).account(customer, "900003", "x");
        long call = rows.collectorCall(collector1, customer, account, OCTOBER.minusSeconds(86_400), "IN_PROGRESS");
        rows.segment(rows.collectorTranscript(call), 0, "CUSTOMER", 0, "please call me back tomorrow morning");
        SegmentQuery tomorrow = SegmentQuery.of("tomorrow", SegmentFilters.NONE);
        assertThat(search.search(tomorrow, SearchScope.EVERYTHING).hits().getFirst().disposition())
                .isEqualTo("IN_PROGRESS");

        ledger.jdbc().update("test: settle disposition",
                "update collector_calls set disposition = 'CONVERSATION' where id = ?", call);

        assertThat(search.search(tomorrow, SearchScope.EVERYTHING).hits().getFirst().disposition())
                .isEqualTo("CONVERSATION");
        assertThat(search.collectorCall(call)).get().extracting(CallFacts::customerId).isEqualTo(customer);
        assertThat(search.sees(SearchScope.manager(manager), search.collectorCall(call).orElseThrow())).isFalse();
        assertThat(search.sees(SearchScope.manager(manager), search.collectorCall(callA).orElseThrow())).isTrue();
        assertThat(search.sees(SearchScope.collector(collector1), search.collectorCall(call).orElseThrow())).isTrue();
        assertThat(search.sees(SearchScope.collector(collector2), search.collectorCall(call).orElseThrow())).isFalse();
    }

    @Test
    void aTranscriptReadsWithItsSegmentsInOrderAndItsCall() {
        long transcript = search.search(SegmentQuery.of("friday", SegmentFilters.NONE), SearchScope.EVERYTHING)
                .hits().getFirst().transcriptId();
        TranscriptDetail detail = search.transcript(transcript).orElseThrow();
        assertThat(detail.segments()).extracting(TranscriptDetail.Segment::startMs).containsExactly(0, 4200, 9000);
        assertThat(detail.segments().get(1).spokenPromise()).isTrue();
        assertThat(detail.call().collectorCallId()).isEqualTo(callA);
        assertThat(detail.call().collectorUsername()).isEqualTo("c1");
        assertThat(detail.promises()).isEmpty();
        assertThat(search.transcript(999_999)).isEmpty();
    }

    private static List<Long> ids(SegmentPage page) {
        return page.hits().stream().map(SegmentHit::segmentId).toList();
    }
}
