package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.prompt.FreeTtsSpeechSynthesizer;
import org.ledgerline.ivr.recording.DemoCollectorCalls;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.transcription.JobStatus;
import org.ledgerline.storage.transcription.TranscriptionJob;

/**
 * A fresh demo node with transcription on and the bundled model: the demo collector calls are spoken,
 * registered, queued and transcribed in the background (record, queue, transcribe, search), so an
 * auditor finds the customer's sentence at its offset, the card-capture pause's words are nowhere,
 * and the reconciliation report lists the promise nobody logged. The demo dispute descriptions are
 * transcribed too.
 */
class DemoTranscriptionNodeIT {
    /** Vosk places a word within a few hundred ms of where the speech starts in the file. */
    private static final int OFFSET_TOLERANCE_MS = 700;
    private static RunningServer node;
    private static Ledger ledger;

    @BeforeAll
    static void startADemoNodeAndWaitForItsTranscripts() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of(
                "ledgerline.transcription.enabled", "true",
                "ledgerline.transcription.dataDir", Path.of("target", "speech-model").toAbsolutePath().toString()));
        ledger = node.server.ledger();
        // Generous: two shared cores, one worker; this is no measure of speed (the benchmark is).
        Eventually.until(Duration.ofMinutes(8), "every demo job to be transcribed", () -> demoJobs().stream()
                .allMatch(job -> job.status() == JobStatus.DONE || job.status() == JobStatus.PARKED));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void everyDemoCallAndDisputeDescriptionIsTranscribed() {
        List<TranscriptionJob> jobs = demoJobs();

        assertThat(jobs).hasSize(DemoCollectorCalls.CALLS.size() + demoDescriptionCount());
        assertThat(jobs).allSatisfy(job -> assertThat(job.status()).as(String.valueOf(job.lastError()))
                .isEqualTo(JobStatus.DONE));
    }

    @Test
    void anAuditorFindsTheCustomersPromiseAtItsSpeakerAndOffset() {
        HttpResponse<String> answer = signIn("auditor").get("/api/transcripts/search?q=%22two+hundred%22");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        long promiseCall = collectorCall(0).id();
        JsonObject hit = hits(answer).stream()
                .filter(h -> Long.valueOf(promiseCall).equals(h.getLong("collectorCallId")))
                .filter(h -> "CUSTOMER".equals(h.getString("speaker"))).findFirst().orElseThrow();
        int expected = 500 + new FreeTtsSpeechSynthesizer()
                .synthesize(DemoCollectorCalls.CALLS.getFirst().lines().getFirst().text()).length / 16 + 700;
        assertThat(hit.getInteger("startMs")).isBetween(expected - OFFSET_TOLERANCE_MS, expected + OFFSET_TOLERANCE_MS);
        assertThat(hit.getBoolean("spokenPromise")).isTrue();
        assertThat(hit.getString("accountNumber")).isEqualTo("100039");
    }

    @Test
    void theWordsSaidDuringTheCardCapturePauseAreNowhere() {
        long pausedCall = collectorCall(2).id();
        String text = ledger.transcripts().transcriptOfCollectorCall(pausedCall).orElseThrow().fullText();

        assertThat(text).contains("pay", "thank").doesNotContain("four one", "one one");
        HttpResponse<String> answer = signIn("auditor").get("/api/transcripts/search?q=one");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(hits(answer)).noneMatch(h -> Long.valueOf(pausedCall).equals(h.getLong("collectorCallId")));
    }

    @Test
    void theReconciliationReportListsThePromiseNobodyLogged() {
        HttpResponse<String> answer = signIn("auditor")
                .get("/api/transcripts/reconciliation?from=2026-11-20&to=2026-11-24");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonArray calls = new JsonObject(answer.body()).getJsonArray("calls");
        JsonObject unlogged = IntStream.range(0, calls.size()).mapToObj(calls::getJsonObject)
                .filter(call -> DemoCollectorCalls.CALLS.get(1).ref().equals(call.getString("callId")))
                .findFirst().orElseThrow(() -> new AssertionError(answer.body()));
        assertThat(unlogged.getString("finding")).isEqualTo("SPOKEN_NOT_LOGGED");
        assertThat(unlogged.getJsonArray("spoken").getJsonObject(0).getString("speaker")).isEqualTo("CUSTOMER");
        assertThat(IntStream.range(0, calls.size()).mapToObj(calls::getJsonObject))
                .as("the logged promise's call is no spoken-not-logged finding")
                .noneMatch(call -> DemoCollectorCalls.CALLS.getFirst().ref().equals(call.getString("callId"))
                        && "SPOKEN_NOT_LOGGED".equals(call.getString("finding")));
        assertThat(IntStream.range(0, calls.size()).mapToObj(calls::getJsonObject))
                .as("asking to pay by card is no promise: the card-capture call has no finding")
                .noneMatch(call -> DemoCollectorCalls.CALLS.get(2).ref().equals(call.getString("callId")));
    }

    private static List<JsonObject> hits(HttpResponse<String> answer) {
        JsonArray results = new JsonObject(answer.body()).getJsonArray("results");
        return IntStream.range(0, results.size()).mapToObj(results::getJsonObject).toList();
    }

    private static CollectorCall collectorCall(int index) {
        return ledger.collectorCalls().findByIdempotencyKey(DemoCollectorCalls.CALLS.get(index).ref()).orElseThrow();
    }

    private static int demoDescriptionCount() {
        return ledger.jdbc().queryOne("count demo descriptions",
                "select count(*) from recordings where idempotency_key like 'demo-recording-%'", row -> row.getInt(1));
    }

    private static List<TranscriptionJob> demoJobs() {
        List<TranscriptionJob> calls = DemoCollectorCalls.CALLS.stream()
                .map(call -> ledger.collectorCalls().findByIdempotencyKey(call.ref()).orElseThrow())
                .map(call -> ledger.transcriptionJobs().findByCollectorCall(call.id()).orElseThrow()).toList();
        List<Long> recordings = ledger.jdbc().query("demo descriptions",
                "select id from recordings where idempotency_key like 'demo-recording-%' order by id",
                row -> row.getLong("id"));
        return Stream.concat(calls.stream(), recordings.stream()
                .map(id -> ledger.transcriptionJobs().findByRecording(id).orElseThrow())).toList();
    }

    private static SignedInClient signIn(String username) {
        return SignedInClient.signIn(node.server.httpPort(), username, DemoUsers.DEMO_PASSWORD);
    }
}
