package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.dispute.desk.DeskFormat;
import org.ledgerline.ivr.dispute.desk.DisputeDesk;
import org.ledgerline.ivr.recording.RecordingFiles;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.ivr.testing.TestClock;
import org.ledgerline.ivr.testing.TestWav;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.NewDispute;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.RecordingKind;
import org.ledgerline.storage.search.CreditManagerPortfolio;
import org.ledgerline.storage.search.JdbcTranscriptSearch;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.transcription.NewSegment;
import org.ledgerline.storage.transcription.NewTranscript;
import org.ledgerline.storage.transcription.Speaker;
import org.ledgerline.storage.user.Role;

/**
 * The desk's pages over real HTTP, signed in as each role: hostile input in every filter is a 400
 * page that shows it escaped, never a 5xx; closing needs the credit manager, the CSRF token and a
 * note; the recording answers only the desk's roles; the CSV is an attachment.
 */
class DisputeDeskPagesIT {
    private static final AuthSettings SETTINGS = new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(12), 5,
            Duration.ofMinutes(15), 12);
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "1' or '1'='1",
            "1; drop table disputes--",
            "%00", "\"><img src=x>", "x".repeat(5000));

    @TempDir
    static Path recordings;

    private static Ledger ledger;
    private static Vertx vertx;
    private static BackOfficeClient client;
    private static LedgerRows rows;
    private static long account;
    private static long recordingId;
    private static BackOfficeClient.Session manager;
    private static BackOfficeClient.Session auditor;
    private static BackOfficeClient.Session collector;
    private static BackOfficeClient.Session otherManager;

    @BeforeAll
    static void start() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        long customer = rows.customer("Hostile <b>Co</b>", "UTC");
        account = rows.account(customer, "43000001", "unused");
        TestWav.tone(recordings.resolve("desc.wav"), 500);
        recordingId = ledger.recordings().record(new NewRecording("pages-rec", rows.call("pages-call"),
                RecordingKind.DISPUTE_DESCRIPTION, recordings + "/desc", "wav", Instant.parse("2026-11-20T10:00:00Z"),
                null)).id();
        TestBackOffice.addUser(ledger, "manager", Role.CREDIT_MANAGER);
        TestBackOffice.addUser(ledger, "auditor", Role.AUDITOR);
        TestBackOffice.addUser(ledger, "collector", Role.COLLECTOR);
        TestBackOffice.addUser(ledger, "other.manager", Role.CREDIT_MANAGER);
        // The recording is of the customer's call, and the customer is in the manager's portfolio.
        ledger.jdbc().update("identify the call", "update calls set account_id = ? where call_id = 'pages-call'",
                account);
        new CreditManagerPortfolio(ledger.jdbc()).assign(ledger.jdbc().queryOne("manager",
                "select id from users where username = 'manager'", row -> row.getLong(1)),
                customer, "test");
        TestClock clock = new TestClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
        vertx = Vertx.vertx();
        HttpVerticle http = new HttpVerticle("127.0.0.1", 0, List.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                TestBackOffice.auth(ledger, SETTINGS, clock, false),
                List.of(new DisputeDeskRoutes(
                        new DisputeDesk(ledger.disputes(), ledger.audit(), new DeskFormat(ZoneOffset.UTC),
                                ledger.transcripts(), ledger.transcriptionJobs()),
                        new RecordingPlayback(ledger.recordings(), new JdbcTranscriptSearch(ledger.jdbc()),
                                ledger.audit(), new RecordingFiles(recordings)),
                        new CustomerDataReads(ledger.audit()), ZoneOffset.UTC, clock)));
        vertx.deployVerticle(http).await();
        client = new BackOfficeClient(http.actualPort());
        manager = client.signInOk("manager", TestBackOffice.PASSWORD);
        auditor = client.signInOk("auditor", TestBackOffice.PASSWORD);
        collector = client.signInOk("collector", TestBackOffice.PASSWORD);
        otherManager = client.signInOk("other.manager", TestBackOffice.PASSWORD);
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
        ledger.close();
    }

    @Test
    void hostileValuesInEveryFilterAreA400PageThatShowsThemEscaped() {
        for (String parameter : List.of("reason", "status", "customerId", "from", "to", "limit", "offset", "unknown")) {
            for (String value : HOSTILE) {
                String path = "/disputes?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                BackOfficeClient.Answer answer = client.get(path, manager.id());
                String shown = parameter + "=" + value.substring(0, Math.min(40, value.length()));
                if (value.length() > 4000) {
                    assertThat(answer.status()).as("%s (too long for a request line)", shown).isIn(400, 414);
                    continue;
                }
                assertThat(answer.status()).as(shown).isEqualTo(400);
                assertThat(answer.body()).as(shown).doesNotContain("<script>alert", "<img src=x>")
                        .contains("cannot be used");
            }
        }
    }

    @Test
    void hostileReportPeriodsAreA400PageAndNeverAServerError() {
        for (String base : List.of("/disputes/by-reason", "/disputes/by-reason.csv")) {
            for (String value : HOSTILE) {
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                for (String query : List.of("?from=" + encoded + "&to=2026-11-30", "?from=2026-11-01&to=" + encoded,
                        "?from=2026-11-30&to=2026-11-01", "?period=" + encoded)) {
                    BackOfficeClient.Answer answer = client.get(base + query, manager.id());
                    String shown = base + query.substring(0, Math.min(60, query.length()));
                    if (value.length() > 4000) {
                        assertThat(answer.status()).as("%s (too long for a request line)", shown).isIn(400, 414);
                        continue;
                    }
                    assertThat(answer.status()).as(shown).isEqualTo(400);
                    assertThat(answer.body()).as(shown).doesNotContain("<script>alert", "<img src=x>");
                }
            }
        }
    }

    @Test
    void disputeIdsThatAreNotDisputesAre404Pages() {
        for (String id : List.of("0", "999999999", "abc", "1%27%20or%201=1", "%3Cscript%3E", "99999999999999999999")) {
            assertThat(client.get("/disputes/" + id, manager.id()).status()).as(id).isEqualTo(404);
        }
    }

    @Test
    void theRecordedDescriptionsTranscriptIsShownBesideTheAudioOnceItIsDone() {
        String call = rows.call("pages-transcribed-call");
        long recording = ledger.recordings().record(new NewRecording("pages-transcribed-rec", call,
                RecordingKind.DISPUTE_DESCRIPTION, "desc", "wav", Instant.parse("2026-11-21T10:00:00Z"), null)).id();
        long invoice = rows.openInvoice(account, "8" + System.nanoTime() % 100_000_000, "80.00",
                LocalDate.of(2026, 10, 2));
        long id = ledger.disputes().open(new NewDispute("pages-transcribed", invoice, "GOODS_DAMAGED", null, recording,
                call)).id();
        long job = ledger.transcriptionJobs().enqueueRecording(recording).id();

        assertThat(client.get("/disputes/" + id, auditor.id()).body())
                .contains("data-state=\"TRANSCRIBING\"", "Transcribing");

        ledger.jdbc().update("test: only this job is due",
                "update transcription_jobs set not_before = now() + interval '1 day' where id <> ?", job);
        assertThat(ledger.transcriptionJobs().claim("test-worker", Duration.ofMinutes(1)).orElseThrow().id())
                .isEqualTo(job);
        assertThat(ledger.transcriptionJobs().complete(job, "test-worker", new NewTranscript("test", "en",
                List.of(new NewSegment(400, 2600, "the cartons arrived <b>crushed</b>", null, Speaker.CALLER, null,
                        "[]", "", false, null, null)),
                List.of(), 3000))).isTrue();

        BackOfficeClient.Answer page = client.get("/disputes/" + id, manager.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-state=\"TRANSCRIBED\"", "the cartons arrived &lt;b&gt;crushed&lt;/b&gt;")
                .contains("id=\"description-audio\"").doesNotContain("<b>crushed</b>");
    }

    @Test
    void aCustomerNameWithMarkupIsShownAsText() {
        long id = openDispute("GOODS_DAMAGED");

        BackOfficeClient.Answer page = client.get("/disputes/" + id, auditor.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Hostile &lt;b&gt;Co&lt;/b&gt;").doesNotContain("<b>Co</b>");
        assertThat(page.body()).doesNotContain("id=\"close-form\"");
    }

    @Test
    void closingNeedsTheCsrfTokenTheCreditManagerAndANote() {
        long id = openDispute("PRICING_ERROR");
        String cookie = SessionCookie.NAME + "=" + manager.id();

        assertThat(client.form("/disputes/" + id + "/close", cookie, Map.of("outcome", "RESOLVED", "note", "no token"))
                .status())
                .isEqualTo(403);
        assertThat(client.form("/disputes/" + id + "/close", SessionCookie.NAME + "=" + auditor.id(),
                Map.of("outcome", "RESOLVED", "note", "auditor", Csrf.FORM_FIELD, auditor.csrf())).status())
                .isEqualTo(403);
        BackOfficeClient.Answer noNote = client.form("/disputes/" + id + "/close", cookie,
                Map.of("outcome", "RESOLVED", "note", "   ", Csrf.FORM_FIELD, manager.csrf()));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("Write a note");
        BackOfficeClient.Answer badOutcome = client.form("/disputes/" + id + "/close", cookie,
                Map.of("outcome", "<script>", "note", "x", Csrf.FORM_FIELD, manager.csrf()));
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(ledger.disputes().findById(id).orElseThrow().status()).isEqualTo(DisputeStatus.OPEN);

        BackOfficeClient.Answer resolved = client.form("/disputes/" + id + "/close", cookie,
                Map.of("outcome", "REJECTED", "note", "<script>alert('note')</script>", Csrf.FORM_FIELD,
                        manager.csrf()));
        assertThat(resolved.status()).isEqualTo(303);
        assertThat(resolved.headers().get("location")).containsExactly("/disputes/" + id);
        assertThat(ledger.disputes().findById(id).orElseThrow().status()).isEqualTo(DisputeStatus.REJECTED);
        assertThat(client.get("/disputes/" + id, manager.id()).body())
                .contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;").doesNotContain("<script>alert");

        BackOfficeClient.Answer again = client.form("/disputes/" + id + "/close", cookie,
                Map.of("outcome", "RESOLVED", "note", "twice", Csrf.FORM_FIELD, manager.csrf()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already REJECTED");
    }

    @Test
    void theRecordingAnswersTheDeskRolesOnlyAndStrangersAreSentToSignIn() {
        assertThat(client.get("/recordings/" + recordingId, auditor.id()).status()).isEqualTo(200);
        assertThat(client.get("/recordings/" + recordingId, manager.id()).status()).isEqualTo(200);
        assertThat(client.get("/recordings/" + recordingId, collector.id()).status()).isEqualTo(403);
        assertThat(client.get("/recordings/" + recordingId, otherManager.id()).status())
                .as("a customer outside the manager's portfolio").isEqualTo(403);
        BackOfficeClient.Answer stranger = client.get("/recordings/" + recordingId, null);
        assertThat(stranger.status()).isEqualTo(303);
        assertThat(stranger.header("location").orElseThrow()).startsWith("/sign-in?next=");
        assertThat(ledger.audit().findBySubject("recording", Long.toString(recordingId)))
                .extracting(line -> line.actor()).containsExactly("auditor", "manager");
    }

    @Test
    void theCsvIsAnAttachmentNamedAfterThePeriod() {
        openDispute("NOT_RECEIVED");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        BackOfficeClient.Answer csv = client.get(
                "/disputes/by-reason.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                auditor.id());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("content-type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.header("content-disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"disputes-by-reason-" + today.minusDays(1) + "-to-"
                        + today.plusDays(1) + ".csv\"");
        assertThat(csv.body()).startsWith("reason_code,reason,currency,disputes,disputed_amount,open_balance\r\n")
                .contains("NOT_RECEIVED,Not received,USD,");
    }

    @Test
    void readingTheDeskIsAuditedAsAReadOfTheCustomersData() {
        long id = openDispute("OTHER");
        long customer = ledger.disputes().findById(id).orElseThrow().customerId();

        client.get("/disputes/" + id, auditor.id());

        assertThat(ledger.audit().findBySubject(CustomerDataReads.SUBJECT, Long.toString(customer)))
                .anySatisfy(line -> {
                    assertThat(line.actor()).isEqualTo("auditor");
                    assertThat(line.detail()).contains("disputes " + id, "GET /disputes/" + id);
                });
    }

    private static long openDispute(String reason) {
        long invoice = rows.openInvoice(account, "9" + System.nanoTime() % 100_000_000, "120.00",
                LocalDate.of(2026, 10, 1));
        return ledger.disputes().open(new NewDispute("pages-" + invoice, invoice, reason, null, null, null)).id();
    }
}
