package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.reconciliation.ReconciliationSeed;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The spoken-vs-ledger report through a running node: transcripts, segments and promises are written
 * with SQL as the transcription pipeline and the promise flows leave them, in June 2027 (away from the
 * demo ledger's calls), and the auditor reads the JSON. Only auditors may; bad parameters are 400s.
 */
class ReconciliationApiIT {
    private static final String REPORT = "/api/transcripts/reconciliation";
    private static final String JUNE = "?from=2027-06-01&to=2027-06-07";
    private static final Instant TUESDAY = Instant.parse("2027-06-01T16:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2027, 6, 4);

    private static RunningServer node;
    private static Ledger ledger;
    private static ReconciliationSeed seed;

    @BeforeAll
    static void startNodeWithTranscribedCalls() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
        ledger = node.server.ledger();
        seed = new ReconciliationSeed(ledger);
        long collector1 = ledger.users().findByUsername("collector1").orElseThrow().id();
        long collector2 = ledger.users().findByUsername("collector2").orElseThrow().id();

        long spokenOnly = seed.transcriptOfCollectorCall(seed.collectorCall("june-spoken", collector1, TUESDAY));
        seed.segment(spokenOnly, "CUSTOMER", 4_200, "i can pay two hundred on friday", "200", FRIDAY);

        long mismatch = seed.transcriptOfCollectorCall(
                seed.collectorCall("june-mismatch", collector1, TUESDAY.plusSeconds(600)));
        seed.segment(mismatch, "CUSTOMER", 1_500, "i will pay three hundred dollars on friday", "300.00", FRIDAY);
        seed.ledgerPromise("june-mismatch", "300.00", FRIDAY.plusDays(7));

        long loggedOnly = seed.transcriptOfCollectorCall(
                seed.collectorCall("june-logged", collector2, TUESDAY.plusSeconds(1200)));
        seed.segment(loggedOnly, "CUSTOMER", 0, "i can't pay anything this month", null, null);
        seed.ledgerPromise("june-logged", "120.00", FRIDAY);

        long matched = seed.transcriptOfCollectorCall(
                seed.collectorCall("june-matched", collector2, TUESDAY.plusSeconds(1800)));
        seed.segment(matched, "CUSTOMER", 0, "i can pay fifty dollars on friday", "50.00", FRIDAY);
        seed.ledgerPromise("june-matched", "50.00", FRIDAY);

        seed.collectorCall("june-pending", collector2, TUESDAY.plusSeconds(2400));
        seed.ledgerPromise("june-pending", "75.00", FRIDAY);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void anAuditorSeesEachFindingWithWhatWasSaidBesideWhatWasLogged() {
        HttpResponse<String> answer = signIn("auditor").get(REPORT + JUNE);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject report = new JsonObject(answer.body());
        assertThat(report.getJsonObject("counts")).isEqualTo(new JsonObject().put("spokenNotLogged", 1)
                .put("loggedNotSpoken", 1).put("mismatch", 1).put("matched", 1).put("pendingTranscript", 1));
        assertThat(report.getBoolean("truncated")).isFalse();
        assertThat(findings(report)).containsExactly("june-spoken SPOKEN_NOT_LOGGED", "june-mismatch MISMATCH",
                "june-logged LOGGED_NOT_SPOKEN", "june-pending PENDING_TRANSCRIPT");

        JsonObject mismatch = report.getJsonArray("calls").getJsonObject(1);
        assertThat(mismatch.getString("collector")).isEqualTo("collector1");
        assertThat(mismatch.getLong("accountId")).isEqualTo(seed.accountId());
        assertThat(mismatch.getString("customerName")).isEqualTo("Reconcile Customer");
        assertThat(mismatch.getString("accountNumber")).isEqualTo("7700991");
        assertThat(mismatch.getString("startedAt")).isEqualTo("2027-06-01T16:10:00Z");
        JsonObject said = mismatch.getJsonArray("spoken").getJsonObject(0);
        assertThat(said.getString("speaker")).isEqualTo("CUSTOMER");
        assertThat(said.getInteger("startMs")).isEqualTo(1_500);
        assertThat(said.getString("text")).isEqualTo("i will pay three hundred dollars on friday");
        assertThat(said.getString("amount")).isEqualTo("300.00");
        assertThat(said.getString("date")).isEqualTo("2027-06-04");
        JsonObject logged = mismatch.getJsonArray("logged").getJsonObject(0);
        assertThat(logged.getString("amount")).isEqualTo("300.00");
        assertThat(logged.getString("promisedFor")).isEqualTo("2027-06-11");
        assertThat(logged.getString("currency")).isEqualTo("USD");

        List<AuditEntry> audit = ledger.audit().findBySubject("customer",
                Long.toString(ledger.jdbc().queryOne("test: customer of the account",
                        "select customer_id from accounts where id = ?", row -> row.getLong(1), seed.accountId())));
        assertThat(audit).filteredOn(entry -> entry.action().equals("CUSTOMER_DATA_READ"))
                .anySatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("auditor");
                    assertThat(entry.detail()).contains("june-mismatch", REPORT);
                });
    }

    @Test
    void oneCollectorsCalls() {
        JsonObject report = new JsonObject(signIn("auditor").get(REPORT + JUNE + "&collector=collector2").body());

        assertThat(findings(report)).containsExactly("june-logged LOGGED_NOT_SPOKEN",
                "june-pending PENDING_TRANSCRIPT");
        assertThat(report.getJsonObject("counts").getInteger("matched")).isEqualTo(1);
        assertThat(report.getString("collector")).isEqualTo("collector2");
    }

    @Test
    void onlyAuditorsMayReadIt() {
        assertThat(signIn("collector1").get(REPORT + JUNE).statusCode()).isEqualTo(403);
        assertThat(signIn("manager").get(REPORT + JUNE).statusCode()).isEqualTo(403);
        assertThat(signIn("admin").get(REPORT + JUNE).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ?to=2027-06-07                                   | from
            ?from=2027-06-01                                 | to
            ?from=2027-13-01&to=2027-06-07                   | from
            ?from=2027-06-08&to=2027-06-07                   | from
            ?from=2027-01-01&to=2027-06-07                   | to
            ?from=2027-06-01&to=2027-06-07&collector=Bob!    | collector
            ?from=2027-06-01&to=2027-06-07&colector=bob      | colector
            ?from=2027-06-01&from=2027-06-02&to=2027-06-07   | from
            """)
    void refusesBadParametersNamingTheOne(String query, String field) {
        HttpResponse<String> answer = signIn("auditor").get(REPORT + query);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonObject error = new JsonObject(answer.body());
        assertThat(error.getString("field")).isEqualTo(field);
        assertThat(error.getString("error")).isNotBlank();
    }

    private static List<String> findings(JsonObject report) {
        JsonArray calls = report.getJsonArray("calls");
        return calls.stream().map(JsonObject.class::cast)
                .map(call -> call.getString("callId") + " " + call.getString("finding")).toList();
    }

    private static SignedInClient signIn(String username) {
        return SignedInClient.signIn(node.server.httpPort(), username, DemoUsers.DEMO_PASSWORD);
    }
}
