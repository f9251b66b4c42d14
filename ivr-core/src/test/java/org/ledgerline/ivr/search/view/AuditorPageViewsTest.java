package org.ledgerline.ivr.search.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.search.Listen;
import org.ledgerline.storage.reconciliation.LedgerPaymentLine;
import org.ledgerline.storage.reconciliation.LedgerPromiseLine;
import org.ledgerline.storage.reconciliation.ReconciledCall;
import org.ledgerline.storage.reconciliation.ReconciledCall.Finding;
import org.ledgerline.storage.reconciliation.ReconciliationReport;
import org.ledgerline.storage.reconciliation.SpokenPromiseLine;
import org.ledgerline.storage.search.CallDirection;
import org.ledgerline.storage.search.CallFacts;
import org.ledgerline.storage.search.SegmentHit;
import org.ledgerline.storage.search.SegmentPage;
import org.ledgerline.storage.search.SnippetPart;
import org.ledgerline.storage.search.TranscriptDetail;
import org.ledgerline.storage.transcription.Speaker;

/** The auditor's pages' view models: what the templates get from the reader's and the report's records. */
class AuditorPageViewsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant CALLED = Instant.parse("2026-11-20T16:00:00Z");

    @Test
    void aHitNamesItsSpeakerOffsetAndCallAndLinksToItsSegment() {
        SegmentHit hit = new SegmentHit(55, 7, 3L, null, null, Speaker.CUSTOMER, 64_200, 66_000, "collector1", 12L,
                "Acme", "100010", CALLED, CallDirection.OUTBOUND, "CONVERSATION", true, 0.5,
                List.of(new SnippetPart("I can pay ", false), new SnippetPart("two", true)));

        SearchResults results = SearchResults.of(new SegmentPage(List.of(hit), 1, 20, 200, true), NEW_YORK, null,
                "/transcripts?q=two&page=2");

        SearchResults.Hit shown = results.hits().getFirst();
        assertThat(shown.speaker()).isEqualTo("Customer");
        assertThat(shown.speakerClass()).isEqualTo("speaker-customer");
        assertThat(shown.offset()).isEqualTo("1:04");
        assertThat(shown.call()).isEqualTo("Collector call 3");
        assertThat(shown.when()).isEqualTo("2026-11-20 11:00");
        assertThat(shown.link()).isEqualTo("/transcripts/7?segment=55");
        assertThat(shown.snippet()).extracting(SnippetPart::highlight).containsExactly(false, true);
        assertThat(results.summary()).isEqualTo("200+ matches");
        assertThat(SearchResults.of(new SegmentPage(List.of(), 1, 20, 1, false), NEW_YORK, null, null).summary())
                .isEqualTo("1 match");
    }

    @Test
    void theTranscriptStartsThePlayerAtTheChosenSegmentOnTheChosenLeg() {
        TranscriptView view = TranscriptView.of(detail(), 22L, "customer",
                List.of(new Listen("auditor", CALLED, "MIX", 4.2, 9)), NEW_YORK);

        assertThat(view.audioUrl()).isEqualTo("/recordings/collector-calls/3/customer?at=4.20#t=4.20");
        assertThat(view.startSeconds()).isEqualTo("4.20");
        assertThat(view.legs()).extracting(TranscriptView.Leg::label, TranscriptView.Leg::selected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Both (mix)", false),
                org.assertj.core.groups.Tuple.tuple("Collector", false),
                org.assertj.core.groups.Tuple.tuple("Customer", true));
        assertThat(view.legs().getFirst().link()).isEqualTo("/transcripts/7?leg=mix&segment=22");
        assertThat(view.segments()).extracting(TranscriptView.Line::speaker).containsExactly("Collector", "Customer");
        assertThat(view.segments()).extracting(TranscriptView.Line::selected).containsExactly(false, true);
        assertThat(view.segments().get(1).promise()).isEqualTo("Spoken promise: 200.00 on 2026-11-27");
        assertThat(view.segments().getFirst().promise()).isNull();
        assertThat(view.segments().get(1).endSeconds()).isEqualTo("6.50");
        assertThat(view.promises()).containsExactly("P-1: USD 150.00 for 2026-11-27 (OPEN)");
        assertThat(view.listens()).containsExactly("auditor at 2026-11-20 11:00, mix from 4.20 s");
        assertThat(view.facts()).contains(new TranscriptView.Fact("Account", "100010"));
    }

    @Test
    void withoutASegmentThePlayerStartsAtTheBeginningAndNonAuditorsSeeNoListens() {
        TranscriptView view = TranscriptView.of(detail(), 999L, "mix", null, NEW_YORK);

        assertThat(view.audioUrl()).isEqualTo("/recordings/collector-calls/3/mix?at=0.00#t=0.00");
        assertThat(view.segments()).noneMatch(TranscriptView.Line::selected);
        assertThat(view.listens()).isNull();
    }

    @Test
    void aSelfServeRecordingPlaysTheRecordingWithoutALegSwitch() {
        CallFacts call = new CallFacts(null, "1700000000.1", 41L, CALLED, null, null, 12L, "Acme", 5L, "100010",
                CallDirection.INBOUND, null);
        TranscriptDetail selfServe = new TranscriptDetail(8, "vosk", "en", CALLED, call,
                List.of(new TranscriptDetail.Segment(30, 0, Speaker.CALLER, 2500, 4000, "the goods were damaged", "",
                        "[]", false, null, null)),
                List.of(), List.of(), List.of());

        TranscriptView view = TranscriptView.of(selfServe, 30L, "mix", List.of(), NEW_YORK);

        assertThat(view.audioUrl()).isEqualTo("/recordings/41#t=2.50");
        assertThat(view.legs()).isEmpty();
        assertThat(view.callLabel()).isEqualTo("Self-serve recording 41");
        assertThat(view.segments().getFirst().speaker()).isEqualTo("Caller");
    }

    @Test
    void theReportGroupsCallsByFindingLinksSpokenPromisesAndChartsTheCounts() {
        ReconciledCall spoken = new ReconciledCall("collector-1.5", 3L, "collector1", 12L, "Jane Doe", 5L, "100039",
                CALLED,
                Finding.SPOKEN_NOT_LOGGED, List.of(new SpokenPromiseLine(22, "CUSTOMER", 4200,
                        "i can pay two hundred", new BigDecimal("200.00"), null)),
                List.of(), List.of());
        ReconciledCall logged = new ReconciledCall("collector-1.6", 4L, "collector1", 12L, "Jane Doe", 5L, "100039",
                CALLED,
                Finding.LOGGED_NOT_SPOKEN, List.of(), List.of(new LedgerPromiseLine(1, "P-1",
                        new BigDecimal("150.00"), "USD", LocalDate.parse("2026-11-27"), "OPEN")),
                List.of(new LedgerPaymentLine(9, "K7Q2", new BigDecimal("40.00"), "USD", LocalDate.parse("2026-11-24"),
                        "CAPTURED")));
        ReconciledCall pending = new ReconciledCall("collector-1.7", 5L, "collector2", null, null, null, null, CALLED,
                Finding.PENDING_TRANSCRIPT, List.of(), List.of(), List.of());

        ReconciliationView view = ReconciliationView.of(new ReconciliationReport(List.of(spoken, logged, pending), 4,
                false), NEW_YORK);

        assertThat(view.groups()).extracting(ReconciliationView.Group::finding).containsExactly("SPOKEN_NOT_LOGGED",
                "LOGGED_NOT_SPOKEN", "MISMATCH", "PENDING_TRANSCRIPT");
        assertThat(view.groups()).extracting(group -> group.calls().size()).containsExactly(1, 1, 0, 1);
        ReconciliationView.Call said = view.groups().getFirst().calls().getFirst();
        assertThat(said.link()).isEqualTo("/transcripts/calls/collector-1.5?segment=22");
        assertThat(said.customer()).as("named as the desks name them").isEqualTo("Jane Doe, account 100039");
        assertThat(view.groups().get(3).calls().getFirst().customer()).isEqualTo("unidentified caller");
        assertThat(said.said().getFirst().names()).isEqualTo("200.00");
        assertThat(said.said().getFirst().offset()).isEqualTo("0:04");
        assertThat(view.groups().get(1).calls().getFirst().link()).isEqualTo("/transcripts/calls/collector-1.6");
        assertThat(view.groups().get(1).calls().getFirst().logged())
                .containsExactly("P-1: USD 150.00 for 2026-11-27 (OPEN)",
                        "paid on the call: USD 40.00 on 2026-11-24 (CAPTURED, K7Q2)");
        assertThat(view.groups().get(3).calls().getFirst().link()).as("not transcribed yet").isNull();
        assertThat(view.chart()).startsWith("<svg").contains("data-finding=\"SPOKEN_NOT_LOGGED\" data-count=\"1\"")
                .contains("data-finding=\"MISMATCH\" data-count=\"0\"")
                .contains("data-finding=\"MATCHED\" data-count=\"4\"").doesNotContain("style=");
    }

    @Test
    void offsetsAreMinutesAndSecondsForPeopleAndDecimalSecondsForPlayers() {
        assertThat(Offsets.clock(0)).isEqualTo("0:00");
        assertThat(Offsets.clock(754_900)).isEqualTo("12:34");
        assertThat(Offsets.seconds(4_200)).isEqualTo("4.20");
        assertThat(TranscriptLinks.ofCall("a b/c", 0)).isEqualTo("/transcripts/calls/a%20b%2Fc");
        assertThat(FindingsChart.escape("<a href='x'>&\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    }

    private static TranscriptDetail detail() {
        CallFacts call = new CallFacts(3L, null, null, CALLED, 2L, "collector1", 12L, "Acme", 5L, "100010",
                CallDirection.OUTBOUND, "CONVERSATION");
        return new TranscriptDetail(7, "vosk", "en", CALLED, call, List.of(
                new TranscriptDetail.Segment(21, 0, Speaker.COLLECTOR, 0, 3000, "i am calling about your invoice", "",
                        "[]", false, null, null),
                new TranscriptDetail.Segment(22, 1, Speaker.CUSTOMER, 4200, 6500, "i can pay two hundred on friday",
                        "200", "[]", true, new BigDecimal("200.00"), LocalDate.parse("2026-11-27"))),
                List.of(new TranscriptDetail.LedgerPromise(1, "P-1", new BigDecimal("150.00"), "USD",
                        LocalDate.parse("2026-11-27"), "OPEN", CALLED)),
                List.of(), List.of());
    }
}
