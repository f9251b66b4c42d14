package org.ledgerline.storage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.testing.TranscriptRows;

/**
 * A phrase is first looked for among the newest rows in scope (the walk, here 300 rows) and, when
 * they hold fewer than the ranked 200, by the text index: either way the candidates are the newest
 * matches in the reader's scope, as the text index alone would give them.
 */
class PhraseSearchWalkIT {
    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final int WALK_ROWS = 300;

    private static Ledger ledger;
    private static JdbcTranscriptSearch walking;
    private static JdbcTranscriptSearch indexOnly;
    private static long manager;

    @BeforeAll
    static void seed() {
        ledger = TestLedgers.newLedger();
        LedgerRows ledgerRows = new LedgerRows(ledger);
        TranscriptRows rows = new TranscriptRows(ledger);
        long collector = ledgerRows.collector("c1");
        manager = ledgerRows.collector("m1");
        long managed = ledgerRows.customer("Alder Supply", "America/Chicago");
        long other = ledgerRows.customer("Birch Goods", "America/Denver");
        long managedAccount = ledgerRows.account(managed, "900001", "x");
        long otherAccount = ledgerRows.account(other, "900002", "x");
        new CreditManagerPortfolio(ledger.jdbc()).assign(manager, managed, "test");
        // 160 older calls where the managed customer says the rare phrase, then 160 newer calls of both
        // customers where the frequent one is said: 320 + 320 segments.
        for (int call = 0; call < 320; call++) {
            boolean newer = call >= 160;
            boolean ofManaged = !newer || call % 2 == 0;
            long id = rows.collectorCall(collector, ofManaged ? managed : other,
                    ofManaged ? managedAccount : otherAccount, START.plusSeconds(3600L * call), "CONVERSATION");
            long transcript = rows.collectorTranscript(id);
            rows.segment(transcript, 0, "COLLECTOR", 0, newer
                    ? "so to confirm you will pay on Friday"
                    : "I am calling about your past due invoice");
            rows.segment(transcript, 1, "CUSTOMER", 3000, newer
                    ? "yes I will pay on Friday"
                    : "I never promised to pay that amount");
        }
        walking = new JdbcTranscriptSearch(ledger.jdbc(), WALK_ROWS);
        indexOnly = new JdbcTranscriptSearch(ledger.jdbc(), 0);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void aFrequentPhraseIsFoundAmongTheNewestRowsAsTheIndexWouldFindIt() {
        SegmentQuery query = SegmentQuery.of("\"pay on friday\"", SegmentFilters.NONE);

        SegmentPage walked = walking.search(query, SearchScope.EVERYTHING);

        assertThat(walked.capped()).isTrue();
        assertThat(walked.matches()).isEqualTo(JdbcTranscriptSearch.CANDIDATES);
        assertThat(ids(walked)).isEqualTo(ids(indexOnlySearch(query, SearchScope.EVERYTHING)));
    }

    @Test
    void aPhraseInAManagersScopeKeepsOnlyTheirCustomersNewestMatches() {
        SegmentQuery query = SegmentQuery.of("\"yes I will pay\"", SegmentFilters.NONE);
        SearchScope scope = SearchScope.manager(manager);

        SegmentPage walked = walking.search(query, scope);

        assertThat(walked.matches()).as("80 newer calls of the managed customer").isEqualTo(80);
        assertThat(ids(walked)).isEqualTo(ids(indexOnlySearch(query, scope)));
        assertThat(walked.hits()).allSatisfy(hit -> assertThat(hit.customerName()).isEqualTo("Alder Supply"));
    }

    @Test
    void aPhraseRarerThanTheWalkIsFoundByTheTextIndex() {
        SegmentQuery query = SegmentQuery.of("\"never promised\"", SegmentFilters.NONE);

        SegmentPage found = walking.search(query, SearchScope.manager(manager));

        assertThat(found.matches()).as("fewer than 200 among the 300 newest rows, 160 in all").isEqualTo(160);
        assertThat(found.capped()).isFalse();
        assertThat(ids(found)).isEqualTo(ids(indexOnlySearch(query, SearchScope.manager(manager))));
        assertThat(found.hits().getFirst().callStartedAt()).isEqualTo(START.plusSeconds(3600L * 159));
    }

    @Test
    void laterPagesOfAWalkedPhraseContinueTheSameRanking() {
        SegmentQuery second = new SegmentQuery("\"pay on friday\"", SegmentFilters.NONE, 2, 20);

        assertThat(ids(walking.search(second, SearchScope.EVERYTHING)))
                .isEqualTo(ids(indexOnlySearch(second, SearchScope.EVERYTHING))).hasSize(20);
    }

    private static SegmentPage indexOnlySearch(SegmentQuery query, SearchScope scope) {
        return indexOnly.search(query, scope);
    }

    private static List<Long> ids(SegmentPage page) {
        return page.hits().stream().map(SegmentHit::segmentId).toList();
    }
}
