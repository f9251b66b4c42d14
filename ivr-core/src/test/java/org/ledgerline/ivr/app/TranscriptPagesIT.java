package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.search.TranscriptReader;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.seed.DemoManagerPortfolio;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.testing.TranscriptRows;

/**
 * The auditor's pages on a node with the demo ledger: two transcribed collector calls, one by
 * collector1 on a customer the demo manager looks after (with a spoken promise the ledger lacks),
 * one by collector2 on a customer the manager does not. Each role sees on the pages exactly what the
 * API would show it; admins and strangers are refused; reads are audited once.
 */
class TranscriptPagesIT {
    /** When the seeded calls started: a day or an hour ago, so the report's default period holds them. */
    private static Instant called = Instant.EPOCH;

    private static RunningServer node;
    private static Ledger ledger;
    private static long managedTranscript;
    private static long otherTranscript;
    private static long promiseSegment;

    @BeforeAll
    static void startNodeWithTwoTranscribedCalls() {
        called = Instant.now().minusSeconds(86_400);
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
        ledger = node.server.ledger();
        TranscriptRows rows = new TranscriptRows(ledger);
        long managed = rows.collectorCall(userId("collector1"), customerOf("100010"), accountId("100010"), called,
                "CONVERSATION");
        linkCallsRow(managed, "collector-pages-it-1", accountId("100010"));
        managedTranscript = rows.collectorTranscript(managed);
        rows.segment(managedTranscript, 0, "COLLECTOR", 0, "I am calling about your past due invoice");
        promiseSegment = rows.segment(managedTranscript, 1, "CUSTOMER", 4200,
                "I can pay two hundred dollars on Friday", "200 $200", true);
        String otherAccount = DemoManagerPortfolio.NOT_MANAGED_ACCOUNTS.get(1);
        long other = rows.collectorCall(userId("collector2"), customerOf(otherAccount), accountId(otherAccount),
                called.plusSeconds(600), "CONVERSATION");
        otherTranscript = rows.collectorTranscript(other);
        rows.segment(otherTranscript, 0, "CUSTOMER", 2500, "we filed for bankruptcy last month");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void anAuditorFindsTheSentenceHighlightedAndOpensItsTranscriptOnceAudited() {
        SignedInClient auditor = signIn("auditor");

        HttpResponse<String> page = auditor.get("/transcripts?q=%22two+hundred%22");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>two</mark>", "<mark>hundred</mark>", "Customer",
                "/transcripts/" + managedTranscript + "?segment=" + promiseSegment);
        assertThat(signIn("auditor").get("/transcripts?q=bankruptcy").body()).contains("<mark>bankruptcy</mark>");
        int readsBefore = reads(managedTranscript);

        HttpResponse<String> transcript = auditor
                .get("/transcripts/" + managedTranscript + "?segment=" + promiseSegment);

        assertThat(transcript.statusCode()).isEqualTo(200);
        assertThat(transcript.body()).contains("I am calling about your past due invoice",
                "I can pay two hundred dollars on Friday", "Spoken promise", "Who listened",
                "?at=4.20#t=4.20", "data-start=\"4.20\"", "/assets/transcript-player.js");
        assertThat(reads(managedTranscript)).as("one TRANSCRIPT_READ per view").isEqualTo(readsBefore + 1);
    }

    @Test
    void aCollectorSeesOnlyOwnCallsAndACreditManagerOnlyTheirCustomers() {
        SignedInClient collector1 = signIn("collector1");
        SignedInClient collector2 = signIn("collector2");
        SignedInClient manager = signIn("manager");

        assertThat(collector1.get("/transcripts?q=bankruptcy").body()).doesNotContain("<mark>")
                .contains("Nothing matched");
        assertThat(collector2.get("/transcripts?q=%22two+hundred%22").body()).doesNotContain("<mark>");
        assertThat(collector1.get("/transcripts?q=%22two+hundred%22").body()).contains("<mark>two</mark>");
        assertThat(collector1.get("/transcripts/" + otherTranscript).statusCode()).isEqualTo(403);
        assertThat(collector2.get("/transcripts/" + managedTranscript).statusCode()).isEqualTo(403);
        assertThat(collector1.get("/transcripts/" + managedTranscript).body()).doesNotContain("Who listened");
        assertThat(manager.get("/transcripts?q=bankruptcy").body()).doesNotContain("<mark>");
        assertThat(manager.get("/transcripts/" + otherTranscript).statusCode()).isEqualTo(403);
        assertThat(manager.get("/transcripts/" + managedTranscript).statusCode()).isEqualTo(200);
        assertThat(collector1.get("/transcripts/reconciliation").statusCode()).as("auditors only").isEqualTo(403);
        assertThat(manager.get("/transcripts/reconciliation").statusCode()).isEqualTo(403);
    }

    @Test
    void theReconciliationListsTheSpokenPromiseNobodyLoggedLinkedToItsSentence() {
        SignedInClient auditor = signIn("auditor");
        LocalDate day = called.atZone(ZoneOffset.UTC).toLocalDate();

        HttpResponse<String> report = auditor.get("/transcripts/reconciliation?from=" + day.minusDays(1) + "&to="
                + day.plusDays(1));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("data-finding=\"SPOKEN_NOT_LOGGED\" data-count=\"1\"",
                "/transcripts/calls/collector-pages-it-1?segment=" + promiseSegment);
        assertThat(auditor.get("/transcripts/reconciliation").statusCode()).as("the last 30 days").isEqualTo(200);
        HttpResponse<String> link = auditor.get("/transcripts/calls/collector-pages-it-1?segment=" + promiseSegment);
        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(link.headers().firstValue("Location"))
                .hasValue("/transcripts/" + managedTranscript + "?segment=" + promiseSegment);
    }

    @Test
    void badFiltersShowTheReasonAndAdminsAndStrangersAreRefused() throws Exception {
        SignedInClient auditor = signIn("auditor");
        HttpResponse<String> bad = auditor.get("/transcripts?speaker=ROBOT");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown speaker").doesNotContain("Exception");
        assertThat(auditor.get("/transcripts?from=2026-13-01").statusCode()).isEqualTo(400);
        assertThat(auditor.get("/transcripts?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body())
                .doesNotContain("<script>alert");
        assertThat(auditor.get("/transcripts/reconciliation?from=2026-01-01&to=2026-12-31").statusCode())
                .isEqualTo(400);
        assertThat(auditor.get("/transcripts/" + managedTranscript + "?leg=bogus").statusCode()).isEqualTo(400);
        assertThat(auditor.get("/transcripts/999999").statusCode()).isEqualTo(404);
        assertThat(auditor.get("/transcripts/calls/nope").statusCode()).isEqualTo(404);

        SignedInClient admin = signIn("admin");
        assertThat(admin.get("/transcripts?q=friday").statusCode()).isEqualTo(403);
        assertThat(admin.get("/transcripts/" + managedTranscript).statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + node.server.httpPort() + "/transcripts?q=friday")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 303);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/sign-in"));
    }

    private static int reads(long transcriptId) {
        return (int) ledger.audit().findBySubject("transcript", Long.toString(transcriptId)).stream()
                .filter(line -> line.action().equals(TranscriptReader.READ)).count();
    }

    /** Gives a collector call its {@code calls} row, as the gate does, so promises and the report see it. */
    static void linkCallsRow(long collectorCallId, String callId, long accountId) {
        ledger.jdbc().update("test: insert call", """
                insert into calls (call_id, direction, flow, account_id, started_at)
                values (?, 'outbound', 'collector', ?, ?)
                """, callId, accountId, called);
        ledger.jdbc().update("test: link call", "update collector_calls set call_id = ? where id = ?", callId,
                collectorCallId);
    }

    private static SignedInClient signIn(String username) {
        return SignedInClient.signIn(node.server.httpPort(), username, DemoUsers.DEMO_PASSWORD);
    }

    private static long userId(String username) {
        return ledger.users().findByUsername(username).orElseThrow().id();
    }

    private static long accountId(String number) {
        return ledger.accounts().findByAccountNumber(number).orElseThrow().id();
    }

    private static long customerOf(String number) {
        return ledger.accounts().findByAccountNumber(number).orElseThrow().customerId();
    }
}
