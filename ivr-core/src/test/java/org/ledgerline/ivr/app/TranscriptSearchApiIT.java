package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.recording.CollectorCallPlayback;
import org.ledgerline.ivr.search.TranscriptReader;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.seed.DemoManagerPortfolio;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.testing.TranscriptRows;

/**
 * Transcript search, reading, playback and listens on a node with the demo ledger and demo users,
 * with two transcribed collector calls written straight into the ledger: one by collector1 on a
 * customer the demo manager looks after, one by collector2 on a customer the manager does not. Each
 * role sees only what it may, hostile input is harmless, and searches and playbacks are audited.
 */
class TranscriptSearchApiIT {
    private static final Instant CALLED = Instant.parse("2026-11-20T16:00:00Z");
    private static final Path RECORDINGS = Path.of("target", "it-recordings").toAbsolutePath();

    private static RunningServer node;
    private static Ledger ledger;
    private static long managedCall;
    private static long otherCall;
    private static long managedTranscript;
    private static long otherTranscript;

    @BeforeAll
    static void startNodeWithTwoTranscribedCalls() throws IOException {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
        ledger = node.server.ledger();
        TranscriptRows rows = new TranscriptRows(ledger);
        long collector1 = userId("collector1");
        long collector2 = userId("collector2");
        Account managed = account("100010");
        Account other = account(DemoManagerPortfolio.NOT_MANAGED_ACCOUNTS.get(1));

        managedCall = rows.collectorCall(collector1, managed.customerId(), managed.id(), CALLED, "CONVERSATION");
        managedTranscript = rows.collectorTranscript(managedCall);
        rows.segment(managedTranscript, 0, "COLLECTOR", 0, "I am calling about your past due invoice");
        rows.segment(managedTranscript, 1, "CUSTOMER", 4200, "I can pay two hundred dollars on Friday", "200 $200",
                true);
        Files.createDirectories(RECORDINGS);
        String mix = "transcript-search-it-" + managedCall + "-mix.wav";
        Files.write(RECORDINGS.resolve(mix), new byte[4000]);
        rows.callRecording(managedCall, "MIX", mix, CALLED);

        otherCall = rows.collectorCall(collector2, other.customerId(), other.id(), CALLED.plusSeconds(600),
                "CONVERSATION");
        otherTranscript = rows.collectorTranscript(otherCall);
        rows.segment(otherTranscript, 0, "CUSTOMER", 2500, "we filed for bankruptcy last month");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void anAuditorFindsAPhraseAtTheRightSpeakerAndOffsetAndTheSearchIsAudited() {
        SignedInClient auditor = signIn("auditor");

        HttpResponse<String> found = auditor.get("/api/transcripts/search?q=%22two+hundred+dollars%22");

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonArray results = new JsonObject(found.body()).getJsonArray("results");
        assertThat(results).hasSize(1);
        JsonObject hit = results.getJsonObject(0);
        assertThat(hit.getLong("collectorCallId")).isEqualTo(managedCall);
        assertThat(hit.getString("speaker")).isEqualTo("CUSTOMER");
        assertThat(hit.getInteger("startMs")).isEqualTo(4200);
        assertThat(hit.getString("collector")).isEqualTo("collector1");
        assertThat(hit.getString("accountNumber")).isEqualTo("100010");
        assertThat(hit.getString("playbackUrl"))
                .isEqualTo("/recordings/collector-calls/" + managedCall + "/mix?at=4.20");
        assertThat(hit.getJsonArray("snippet").stream().map(JsonObject.class::cast)
                .filter(part -> part.getBoolean("highlight")).map(part -> part.getString("text")).toList())
                .containsExactly("two", "hundred", "dollars");
        assertThat(searchesBy("auditor")).anySatisfy(line -> assertThat(line.detail())
                .contains("two hundred dollars").contains("scope: all calls").contains("1 matches"));
        assertThat(count(auditor, "200")).as("the normal form").isEqualTo(1);
        assertThat(count(auditor, "bankruptcy")).isEqualTo(1);
    }

    @Test
    void aCollectorSeesOnlyOwnCallsAndIsRefusedAnothersTranscript() {
        SignedInClient collector1 = signIn("collector1");
        SignedInClient collector2 = signIn("collector2");

        assertThat(count(collector1, "bankruptcy")).as("collector2's call").isZero();
        assertThat(count(collector2, "bankruptcy")).isEqualTo(1);
        assertThat(count(collector1, "friday")).isEqualTo(1);
        assertThat(collector1.get("/api/transcripts/" + otherTranscript).statusCode()).isEqualTo(403);
        HttpResponse<String> own = collector1.get("/api/transcripts/" + managedTranscript);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonObject transcript = new JsonObject(own.body());
        assertThat(transcript.getJsonArray("segments")).hasSize(2);
        assertThat(transcript.getJsonArray("segments").getJsonObject(1).getBoolean("spokenPromise")).isTrue();
        assertThat(transcript.getJsonObject("call").getLong("collectorCallId")).isEqualTo(managedCall);
        assertThat(transcript.getJsonArray("promises")).isNotNull();
        assertThat(ledger.audit().findBySubject("transcript", Long.toString(managedTranscript)))
                .anySatisfy(line -> {
                    assertThat(line.action()).isEqualTo(TranscriptReader.READ);
                    assertThat(line.actor()).isEqualTo("collector1");
                });
    }

    @Test
    void aCreditManagerSeesTheirCustomersCallsOnly() {
        SignedInClient manager = signIn("manager");

        assertThat(count(manager, "friday")).isEqualTo(1);
        assertThat(count(manager, "bankruptcy")).as("a customer the manager does not look after").isZero();
        assertThat(manager.get("/api/transcripts/" + otherTranscript).statusCode()).isEqualTo(403);
        assertThat(manager.get("/api/transcripts/" + managedTranscript).statusCode()).isEqualTo(200);
        assertThat(manager.get("/api/collector-calls/" + managedCall + "/listens").statusCode())
                .as("listens are for auditors").isEqualTo(403);
    }

    @Test
    void anAdminWhoIsNotAnAuditorAndStrangersAreRefused() throws Exception {
        SignedInClient admin = signIn("admin");
        assertThat(admin.get("/api/transcripts/search?q=friday").statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/transcripts/" + managedTranscript).statusCode()).isEqualTo(403);
        assertThat(admin.get("/recordings/collector-calls/" + managedCall + "/mix").statusCode()).isEqualTo(403);

        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> refused = anonymous.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + node.server.httpPort() + "/api/transcripts/search?q=friday")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void injectionAttemptsAreSearchedForOrRefusedWithAReasonNeverA500() {
        SignedInClient auditor = signIn("auditor");
        for (String q : List.of("%27%3B+drop+table+transcript_segments%3B+--", "%22unbalanced", "a+%26+%7C+%21+%3A*",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "or+or+-")) {
            HttpResponse<String> answer = auditor.get("/api/transcripts/search?q=" + q);
            assertThat(answer.statusCode()).as(q + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain("<script>");
        }
        assertThat(error(auditor, "speaker=ROBOT")).isEqualTo("speaker");
        assertThat(error(auditor, "customer=1+or+1%3D1")).isEqualTo("customer");
        assertThat(error(auditor, "from=2026-13-01")).isEqualTo("from");
        assertThat(error(auditor, "collector=x%27+or+%271%27%3D%271")).isEqualTo("collector");
        assertThat(error(auditor, "account=1%3Bselect")).isEqualTo("account");
        assertThat(error(auditor, "promise=yes")).isEqualTo("promise");
        assertThat(error(auditor, "page=0")).isEqualTo("page");
        assertThat(error(auditor, "q=a&q=b")).isEqualTo("q");
        assertThat(error(auditor, "sort=rank")).isEqualTo("sort");
        long segments = ledger.jdbc().queryOne("count segments", "select count(*) from transcript_segments",
                row -> row.getLong(1));
        assertThat(segments).as("nothing dropped or added").isEqualTo(3);
    }

    @Test
    void playbackStartsAtTheOffsetIsAuditedOnceAndTheAuditorSeesWhoListened() {
        SignedInClient auditor = signIn("auditor");
        String mix = "/recordings/collector-calls/" + managedCall + "/mix?at=4.20";

        HttpResponse<String> first = auditor.get(mix, "Range", "bytes=0-");
        HttpResponse<String> chunk = auditor.get(mix, "Range", "bytes=2000-");

        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-3999/4000");
        assertThat(chunk.statusCode()).isEqualTo(206);
        assertThat(chunk.headers().firstValue("Content-Range")).hasValue("bytes 2000-3999/4000");
        List<AuditEntry> plays = ledger.audit().findBySubject(CollectorCallPlayback.SUBJECT,
                Long.toString(managedCall)).stream().filter(e -> e.action().equals(CollectorCallPlayback.PLAYED))
                .toList();
        assertThat(plays).as("one line for the start, none for the later chunk").hasSize(1);
        assertThat(plays.getFirst().detail()).startsWith("leg=MIX at=4.20 recording=");

        JsonObject listens = new JsonObject(auditor.get("/api/collector-calls/" + managedCall + "/listens").body());
        JsonObject listen = listens.getJsonArray("listens").getJsonObject(0);
        assertThat(listen.getString("listener")).isEqualTo("auditor");
        assertThat(listen.getString("leg")).isEqualTo("MIX");
        assertThat(listen.getDouble("offsetSeconds")).isEqualTo(4.2);

        assertThat(signIn("collector2").get(mix).statusCode()).as("another collector's call").isEqualTo(403);
        assertThat(signIn("manager").get(mix).statusCode()).as("the manager's customer").isEqualTo(200);
        assertThat(auditor.get("/recordings/collector-calls/" + managedCall + "/customer").statusCode())
                .as("a leg never registered").isEqualTo(404);
        assertThat(auditor.get("/recordings/collector-calls/" + managedCall + "/bogus").statusCode()).isEqualTo(400);
        assertThat(auditor.get("/recordings/collector-calls/" + managedCall + "/mix?at=-1").statusCode())
                .isEqualTo(400);
        assertThat(auditor.get("/recordings/collector-calls/" + managedCall).statusCode()).as("the mix by default")
                .isEqualTo(200);
    }

    @Test
    void aSelfServeRecordingPlaysByTheSameRulesAndItsListensShowTheOffset() throws IOException {
        String managedCallId = "transcript-search-it-self-serve-managed";
        String otherCallId = "transcript-search-it-self-serve-other";
        TranscriptRows rows = new TranscriptRows(ledger);
        long managedRecording = selfServeRecording(rows, managedCallId, account("100010"));
        long otherRecording = selfServeRecording(rows, otherCallId,
                account(DemoManagerPortfolio.NOT_MANAGED_ACCOUNTS.get(1)));
        SignedInClient auditor = signIn("auditor");
        SignedInClient manager = signIn("manager");
        String play = "/recordings/" + managedRecording + "?at=2.50";

        assertThat(manager.get(play, "Range", "bytes=0-").statusCode()).isEqualTo(206);
        assertThat(manager.get(play, "Range", "bytes=1000-").statusCode()).isEqualTo(206);
        assertThat(manager.get("/recordings/" + otherRecording).statusCode())
                .as("a customer outside the manager's portfolio").isEqualTo(403);
        assertThat(auditor.get("/recordings/" + otherRecording).statusCode()).isEqualTo(200);
        assertThat(signIn("admin").get(play).statusCode()).isEqualTo(403);
        assertThat(auditor.get("/recordings/" + managedRecording + "?at=soon").statusCode()).isEqualTo(400);

        JsonObject listens = new JsonObject(auditor.get("/api/recordings/" + managedRecording + "/listens").body());
        assertThat(listens.getJsonArray("listens")).as("one listen for the start, none for the later chunk")
                .hasSize(1);
        JsonObject listen = listens.getJsonArray("listens").getJsonObject(0);
        assertThat(listen.getString("listener")).isEqualTo("manager");
        assertThat(listen.getDouble("offsetSeconds")).isEqualTo(2.5);
    }

    /** A self-serve call on {@code account} with its whole-call recording on disk; the recording's id. */
    private static long selfServeRecording(TranscriptRows rows, String callId, Account account)
            throws IOException {
        long transcript = rows.selfServeTranscript(callId, account.id(), CALLED);
        Files.createDirectories(RECORDINGS.resolve("selfserve"));
        Files.write(RECORDINGS.resolve("selfserve").resolve(callId + ".wav"), new byte[3000]);
        return ledger.jdbc().queryOne("test: the recording", "select recording_id from transcripts where id = ?",
                row -> row.getLong(1), transcript);
    }

    private static int count(SignedInClient client, String q) {
        HttpResponse<String> answer = client.get("/api/transcripts/search?q=" + q);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new JsonObject(answer.body()).getInteger("matches");
    }

    private static String error(SignedInClient client, String query) {
        HttpResponse<String> answer = client.get("/api/transcripts/search?" + query);
        assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(400);
        return new JsonObject(answer.body()).getString("field");
    }

    private static List<AuditEntry> searchesBy(String actor) {
        return ledger.audit().findBySubject("transcripts", "search").stream()
                .filter(e -> e.action().equals(TranscriptReader.SEARCHED) && e.actor().equals(actor)).toList();
    }

    private static SignedInClient signIn(String username) {
        return SignedInClient.signIn(node.server.httpPort(), username, DemoUsers.DEMO_PASSWORD);
    }

    private static long userId(String username) {
        return ledger.users().findByUsername(username).orElseThrow().id();
    }

    private record Account(long id, long customerId) {}

    private static Account account(String number) {
        return ledger.jdbc().queryOne("test: find account",
                "select id, customer_id from accounts where account_number = ?",
                row -> new Account(row.getLong(1), row.getLong(2)), number);
    }
}
