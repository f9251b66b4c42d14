package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.recording.RecordingFiles;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.ivr.testing.TestWav;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.RecordingKind;
import org.ledgerline.storage.search.CreditManagerPortfolio;
import org.ledgerline.storage.search.JdbcTranscriptSearch;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.Role;

/**
 * Playing a recording over real HTTP from a real ledger: a WAV written at test time, whole and by
 * byte ranges as audio players ask, the start of each playback audited, only to a manager whose
 * customer it is; ids only, never a path from the request.
 */
class RecordingPlaybackIT {
    @TempDir
    static Path temp;

    private static Ledger ledger;
    private static Vertx vertx;
    private static int port;
    private static Path wav;
    private static byte[] audio;
    private static long recordingId;
    private static long outsideId;
    private static long missingId;
    private static long managerId;
    private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void serveRecordingsFromALedger() throws IOException {
        ledger = TestLedgers.newLedger();
        Path recordings = Files.createDirectories(temp.resolve("recordings"));
        wav = TestWav.tone(recordings.resolve("call-1-description.wav"), 1500);
        audio = Files.readAllBytes(wav);
        Files.writeString(temp.resolve("outside.wav"), "a file that is not a recording of ours");
        LedgerRows rows = new LedgerRows(ledger);
        String call = rows.call("call-1");
        long customer = rows.customer("Acme", "UTC");
        ledger.jdbc().update("identify the call", "update calls set account_id = ? where call_id = ?",
                rows.account(customer, "10000001", "unused"), call);
        TestBackOffice.addUser(ledger, "carol.credit", Role.CREDIT_MANAGER);
        managerId = ledger.jdbc().queryOne("manager", "select id from users where username = 'carol.credit'",
                row -> row.getLong(1));
        new CreditManagerPortfolio(ledger.jdbc()).assign(managerId, customer, "test");
        recordingId = register("rec-1", call, recordings + "/call-1-description");
        outsideId = register("rec-2", call, recordings + "/../outside");
        missingId = register("rec-3", call, recordings + "/deleted-meanwhile");

        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        RecordingPlayback playback = new RecordingPlayback(ledger.recordings(), new JdbcTranscriptSearch(ledger.jdbc()),
                ledger.audit(), new RecordingFiles(recordings));
        // Stands in for the sign-in: the X-Test-User header names the manager or the stranger.
        router.route().handler(ctx -> {
            boolean stranger = "stranger".equals(ctx.request().getHeader("X-Test-User"));
            ctx.put(Access.USER_KEY, new SignedInUser(stranger ? managerId + 1 : managerId,
                    stranger ? "other.credit" : "carol.credit", "Test", Set.of(Role.CREDIT_MANAGER), Optional.empty()));
            ctx.next();
        });
        router.get("/recordings/:id").handler(new RecordingPlaybackHandler(playback,
                vertx.createSharedWorkerExecutor("test-playback", 2)));
        port = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await().actualPort();
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
        ledger.close();
    }

    @Test
    void playsTheWholeRecordingAsWavAndSaysRangesAreAccepted() throws Exception {
        HttpResponse<byte[]> response = get("/recordings/" + recordingId, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(audio.length));
        assertThat(response.body()).isEqualTo(audio);
    }

    @Test
    void aRangeIsAnsweredWithExactlyThoseBytesAnd206() throws Exception {
        HttpResponse<byte[]> response = get("/recordings/" + recordingId, "bytes=100-1099");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 100-1099/" + audio.length);
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(audio, 100, 1100));
    }

    @Test
    void anOpenEndedRangeRunsToTheEndOfTheFile() throws Exception {
        HttpResponse<byte[]> response = get("/recordings/" + recordingId, "bytes=" + (audio.length - 10) + "-");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(audio, audio.length - 10, audio.length));
    }

    @Test
    void aRangePastTheEndIs416WithTheFileLength() throws Exception {
        HttpResponse<byte[]> response = get("/recordings/" + recordingId, "bytes=" + audio.length + "-");

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + audio.length);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void theStartOfAPlaybackIsAuditedOnceWithTheListenerAndTheOffset() throws Exception {
        int before = ledger.audit().findBySubject("recording", Long.toString(recordingId)).size();
        assertThat(get("/recordings/" + recordingId + "?at=1.25", "bytes=0-").statusCode()).isEqualTo(206);
        assertThat(get("/recordings/" + recordingId + "?at=1.25", "bytes=2000-2999").statusCode()).isEqualTo(206);

        assertThat(ledger.audit().findBySubject("recording", Long.toString(recordingId)))
                .hasSize(before + 1)
                .last()
                .satisfies(line -> {
                    assertThat(line.actor()).isEqualTo("carol.credit");
                    assertThat(line.action()).isEqualTo(RecordingPlayback.PLAYED);
                    assertThat(line.callId()).isEqualTo("call-1");
                    assertThat(line.detail()).isEqualTo("at=1.25");
                });
    }

    @Test
    void aManagerWhoseCustomerItIsNotIsRefusedAndNothingIsAudited() throws Exception {
        HttpResponse<byte[]> response = get("/recordings/" + recordingId, null, "stranger");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(ledger.audit().findBySubject("recording", Long.toString(recordingId)))
                .extracting(AuditEntry::actor).doesNotContain("other.credit");
    }

    @Test
    void aBadOffsetIsA400() throws Exception {
        assertThat(get("/recordings/" + recordingId + "?at=-1", null).statusCode()).isEqualTo(400);
        assertThat(get("/recordings/" + recordingId + "?at=1&at=2", null).statusCode()).isEqualTo(400);
    }

    @Test
    void aPathRegisteredOutsideTheRecordingsDirectoryIsNeverServed() throws Exception {
        HttpResponse<byte[]> response = get("/recordings/" + outsideId, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("not a recording of ours")
                .doesNotContain(temp.toString());
        assertThat(ledger.audit().findBySubject("recording", Long.toString(outsideId))).extracting(AuditEntry::action)
                .doesNotContain(RecordingPlayback.PLAYED);
    }

    @Test
    void unknownIdsMissingFilesAndPathsInTheUrlAre404() throws Exception {
        assertThat(get("/recordings/" + (missingId + 1000), null).statusCode()).isEqualTo(404);
        assertThat(get("/recordings/" + missingId, null).statusCode()).isEqualTo(404);
        assertThat(get("/recordings/0", null).statusCode()).isEqualTo(404);
        assertThat(get("/recordings/..%2F..%2Foutside.wav", null).statusCode()).isEqualTo(404);
        assertThat(get("/recordings/1%20or%201=1", null).statusCode()).isEqualTo(404);
    }

    private static long register(String key, String callId, String path) {
        return ledger.recordings().record(new NewRecording(key, callId, RecordingKind.DISPUTE_DESCRIPTION, path, "wav",
                Instant.parse("2026-11-24T10:00:00Z"), Duration.ofMillis(1500))).id();
    }

    private static HttpResponse<byte[]> get(String path, @Nullable String range) throws Exception {
        return get(path, range, "manager");
    }

    private static HttpResponse<byte[]> get(String path, @Nullable String range, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Test-User", user).timeout(Duration.ofSeconds(10));
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
