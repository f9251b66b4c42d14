package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.http.TranscriptionRoutes;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.transcription.JobStatus;
import org.ledgerline.storage.transcription.TranscriptionJob;

/**
 * A node whose configured speech model is missing: one clear start-up message, the node serves as
 * ever, jobs stay queued; and the queue over REST: a parked job with its error, re-queued by an admin.
 */
class TranscriptionNodeIT {
    private static final Path MISSING_MODEL = Path.of("target", "no-such-vosk-model").toAbsolutePath();
    private static RunningServer node;
    private static Ledger ledger;
    private static List<ILoggingEvent> startUpLog;

    @BeforeAll
    static void startNodeWithoutAModel() {
        try (NodeLogCapture log = NodeLogCapture.from(Level.WARN)) {
            node = RunningServer.on(TestLedgers.newDatabase(), Map.of(
                    "ledgerline.transcription.enabled", "true",
                    "ledgerline.transcription.modelDir", MISSING_MODEL.toString()));
            ledger = node.server.ledger();
            Eventually.until(Duration.ofSeconds(30), "the model loader to give up", () -> "MODEL_UNAVAILABLE"
                    .equals(summary(signIn("auditor")).getJsonObject("node").getString("state")));
            startUpLog = log.events();
        }
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aMissingModelIsOneClearMessageAndJobsStayQueued() {
        List<String> errors = startUpLog.stream().filter(event -> event.getLevel() == Level.ERROR)
                .map(ILoggingEvent::getFormattedMessage).filter(message -> message.contains("transcription"))
                .toList();
        assertThat(errors).singleElement().asString()
                .contains("transcription.modelDir=" + MISSING_MODEL)
                .contains("am/final.mdl", "conf/mfcc.conf", "graph/")
                .contains("jobs stay QUEUED");
        long recordingId = anyRecording();
        TranscriptionJob job = ledger.transcriptionJobs().enqueueRecording(recordingId);

        JsonObject summary = summary(signIn("admin"));

        assertThat(summary.getJsonObject("node").getString("message")).contains(MISSING_MODEL.toString());
        assertThat(summary.getJsonObject("counts").getLong("QUEUED")).isPositive();
        assertThat(ledger.transcriptionJobs().findById(job.id()).orElseThrow())
                .extracting(TranscriptionJob::status, TranscriptionJob::attempts)
                .containsExactly(JobStatus.QUEUED, 0);
        assertThat(node.server.httpPort()).isPositive();
    }

    @Test
    void aParkedJobIsListedWithItsErrorAndOnlyAnAdminQueuesItAgain() {
        long id = parkedJob();
        SignedInClient auditor = signIn("auditor");

        HttpResponse<String> list = auditor.get("/api/transcription/jobs?status=PARKED");

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonObject page = new JsonObject(list.body());
        assertThat(page.getLong("total")).isEqualTo(1);
        JsonObject listed = page.getJsonArray("jobs").getJsonObject(0);
        assertThat(listed.getLong("id")).isEqualTo(id);
        assertThat(listed.getString("lastError")).isEqualTo("desc-1.wav is not a WAV file the engine can read");
        assertThat(auditor.send("POST", retry(id), null, null).statusCode()).as("auditors change nothing")
                .isEqualTo(403);
        assertThat(signIn("collector1").get("/api/transcription/summary").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/api/transcription/jobs?status=LOST").statusCode()).isEqualTo(400);

        SignedInClient admin = signIn("admin");
        HttpResponse<String> retried = admin.send("POST", retry(id), null, null);

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(new JsonObject(retried.body()).getString("status")).isEqualTo("QUEUED");
        assertThat(admin.send("POST", retry(id), null, null).statusCode()).as("no longer parked").isEqualTo(409);
        assertThat(admin.send("POST", retry(999_999), null, null).statusCode()).isEqualTo(404);
        assertThat(ledger.jdbc().query("audit", "select actor from audit_log where action = ?",
                row -> row.getString("actor"), TranscriptionRoutes.RETRY_ACTION)).containsExactly("admin");
    }

    private static long parkedJob() {
        long recordingId = anyRecording();
        long id = ledger.transcriptionJobs().enqueueRecording(recordingId).id();
        ledger.jdbc().update("test: only this job is due", "update transcription_jobs set not_before = now() + interval"
                + " '1 day' where id <> ?", id);
        TranscriptionJob claimed = ledger.transcriptionJobs().claim("test-worker", Duration.ofMinutes(1))
                .orElseThrow();
        assertThat(claimed.id()).isEqualTo(id);
        assertThat(
                ledger.transcriptionJobs().fail(id, "test-worker", "desc-1.wav is not a WAV file the engine can read",
                        Duration.ZERO, 1))
                .contains(JobStatus.PARKED);
        return id;
    }

    private static long anyRecording() {
        return ledger.jdbc().queryOne("a demo recording", "select min(id) as id from recordings",
                row -> row.getLong("id"));
    }

    private static String retry(long id) {
        return "/api/transcription/jobs/" + id + "/retry";
    }

    private static JsonObject summary(SignedInClient client) {
        HttpResponse<String> answer = client.get("/api/transcription/summary");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new JsonObject(answer.body());
    }

    private static SignedInClient signIn(String username) {
        return SignedInClient.signIn(node.server.httpPort(), username, DemoUsers.DEMO_PASSWORD);
    }
}
