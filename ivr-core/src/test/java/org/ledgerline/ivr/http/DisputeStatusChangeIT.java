package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.testing.TestLedgers;

/** Resolving and rejecting disputes over HTTP: the audit trail, and every refusal with its status. */
class DisputeStatusChangeIT {
    private static final Instant OPENED = Instant.parse("2026-11-02T15:00:00Z");

    private static Ledger ledger;
    private static DisputeApi api;
    private static long account;

    @BeforeAll
    static void startApi() {
        ledger = TestLedgers.newLedger();
        api = DisputeApi.start(ledger, ZoneOffset.UTC);
        long carol = api.rows().customer("Carol Carter", "Europe/London");
        account = api.rows().account(carol, "32000001", "unused");
    }

    @AfterAll
    static void stop() {
        api.close();
        ledger.close();
    }

    @Test
    void resolvesADisputeAndTheLedgerAuditsWhoAndWhy() {
        long id = api.openDispute(account, "GOODS_DAMAGED", "120.00", OPENED);

        DisputeApi.Response response = api.postJson("/api/disputes/" + id + "/status",
                "{\"status\":\"RESOLVED\",\"note\":\"Credit note 77 issued\"}");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonObject dispute = response.json();
        assertThat(dispute.getLong("id")).isEqualTo(id);
        assertThat(dispute.getString("status")).isEqualTo("RESOLVED");
        assertThat(dispute.getString("resolutionNote")).isEqualTo("Credit note 77 issued");
        assertThat(dispute.getString("resolvedAt")).isNotNull();
        assertThat(statusChanges(id)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).as("the signed-in user, never a body field").isEqualTo(DisputeApi.USERNAME);
            assertThat(entry.detail()).isEqualTo("OPEN -> RESOLVED: Credit note 77 issued");
        });
        assertThat(api.get("/api/disputes/" + id).json().getString("status")).isEqualTo("RESOLVED");
        assertThat(invoiceStatus(id)).as("the invoice's dispute flag is lifted").isEqualTo("OPEN");
    }

    @Test
    void rejectsAnEscalatedDispute() {
        long id = api.openDispute(account, "PRICING_ERROR", "80.00", OPENED);
        ledger.disputes().escalate(id, "amount over threshold");

        DisputeApi.Response response = api.postJson("/api/disputes/" + id + "/status",
                "{\"status\":\"REJECTED\",\"note\":\"Price matches the signed quote\"}");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().getString("status")).isEqualTo("REJECTED");
        assertThat(statusChanges(id)).extracting(AuditEntry::detail)
                .containsExactly("ESCALATED -> REJECTED: Price matches the signed quote");
    }

    @Test
    void refusesToChangeAClosedDisputeWith409AndWritesNothing() {
        long id = api.openDispute(account, "OTHER", "15.00", OPENED);
        ledger.disputes().changeStatus(id, DisputeStatus.RESOLVED, "settled by phone", "setup");

        api.postJson("/api/disputes/" + id + "/status", "{\"status\":\"REJECTED\",\"note\":\"late\"}")
                .assertRefused(409, "status", "already RESOLVED and cannot become REJECTED");

        assertThat(statusChanges(id)).extracting(AuditEntry::actor).containsExactly("setup");
        assertThat(ledger.disputes().findById(id).orElseThrow().status()).isEqualTo(DisputeStatus.RESOLVED);
    }

    @Test
    void refusesAnUnknownDisputeWith404AndANonNumericIdWith400() {
        String body = "{\"status\":\"RESOLVED\",\"note\":\"n\"}";

        api.postJson("/api/disputes/987654321/status", body).assertRefused(404, "id", "No dispute with id 987654321");
        api.postJson("/api/disputes/twelve/status", body).assertRefused(400, "id", "positive whole number");
    }

    @Test
    void refusesEachBadBodyWith400NamingTheFieldAndLeavesTheDisputeOpen() {
        long id = api.openDispute(account, "NOT_RECEIVED", "42.00", OPENED);
        String path = "/api/disputes/" + id + "/status";

        api.postJson(path, "{\"status\":\"RESOLVED\",").assertRefused(400, null, "not well-formed JSON");
        api.postJson(path, "").assertRefused(400, null, "the body is empty");
        api.postJson(path, "[]").assertRefused(400, null, "must be a JSON object");
        api.postJson(path, "{\"status\":\"RESOLVED\"}").assertRefused(400, "note", "note is required");
        api.postJson(path, "{\"status\":\"RESOLVED\",\"note\":\" \"}")
                .assertRefused(400, "note", "must not be blank");
        api.postJson(path, "{\"status\":\"RESOLVED\",\"note\":\"" + "n".repeat(2001) + "\"}")
                .assertRefused(400, "note", "at most 2000 characters");
        api.postJson(path, "{\"status\":\"RESOLVED\",\"note\":\"n\",\"actor\":\"someone.else\"}")
                .assertRefused(400, "actor", "the change is made by the signed-in user");
        api.postJson(path, "{\"status\":\"CLOSED\",\"note\":\"n\"}")
                .assertRefused(400, "status", "must be RESOLVED or REJECTED, was 'CLOSED'");
        api.postJson(path, "{\"status\":\"ESCALATED\",\"note\":\"n\"}")
                .assertRefused(400, "status", "must be RESOLVED or REJECTED");

        assertThat(statusChanges(id)).isEmpty();
        assertThat(ledger.disputes().findById(id).orElseThrow().status()).isEqualTo(DisputeStatus.OPEN);
    }

    @Test
    void refusesABodyThatIsNotJsonWith415() {
        String body = "{\"status\":\"RESOLVED\",\"note\":\"n\"}";

        api.post("/api/disputes/1/status", "text/plain", body).assertRefused(415, null,
                "must be sent as application/json");
        api.post("/api/disputes/1/status", null, body).assertRefused(415, null, "not declared");
    }

    @Test
    void refusesAnOversizedBodyWith413() {
        String body = "{\"status\":\"RESOLVED\",\"note\":\"" + "n".repeat(SecuredRoutes.MAX_BODY_BYTES) + "\"}";

        api.postJson("/api/disputes/1/status", body).assertRefused(413, null,
                "larger than " + SecuredRoutes.MAX_BODY_BYTES + " bytes");
    }

    @Test
    void refusesTheWrongMethodWith405NamingTheRightOne() {
        DisputeApi.Response delete = api.send(HttpRequest.newBuilder(api.uri("/api/disputes/1")).DELETE());
        DisputeApi.Response get = api.get("/api/disputes/1/status");

        delete.assertRefused(405, null, "DELETE is not allowed here; use GET");
        assertThat(delete.allow()).isEqualTo("GET");
        get.assertRefused(405, null, "use POST");
    }

    @Test
    void answers503WithAClearMessageWhileTheLedgerIsDown() {
        Ledger downLedger = TestLedgers.newLedger();
        try (DisputeApi downApi = DisputeApi.start(downLedger, ZoneOffset.UTC)) {
            downLedger.close();

            List<DisputeApi.Response> answers = List.of(
                    downApi.get("/api/disputes"),
                    downApi.get("/api/disputes?reason=OTHER"),
                    downApi.get("/api/disputes/1"),
                    downApi.get("/api/disputes/report?from=2026-11-01&to=2026-11-30"),
                    downApi.get("/api/dispute-reasons"),
                    downApi.postJson("/api/disputes/1/status", "{\"status\":\"RESOLVED\",\"note\":\"n\"}"));

            assertThat(answers).allSatisfy(answer -> answer.assertRefused(503, null, "the ledger is unavailable"));
        }
    }

    @Test
    void answersBadInputWith503TooWhileTheLedgerIsDownBecauseWhoIsAskingComesFirst() {
        Ledger downLedger = TestLedgers.newLedger();
        try (DisputeApi downApi = DisputeApi.start(downLedger, ZoneOffset.UTC)) {
            downLedger.close();

            downApi.get("/api/disputes?limit=500").assertRefused(503, null, "the ledger is unavailable");
        }
    }

    private static List<AuditEntry> statusChanges(long disputeId) {
        return ledger.audit().findBySubject("dispute", Long.toString(disputeId)).stream()
                .filter(entry -> entry.action().equals("DISPUTE_STATUS_CHANGED"))
                .toList();
    }

    private static String invoiceStatus(long disputeId) {
        return ledger.jdbc().queryOne("test: invoice status",
                "select i.status from invoices i join disputes d on d.invoice_id = i.id where d.id = ?",
                row -> row.getString(1), disputeId);
    }
}
