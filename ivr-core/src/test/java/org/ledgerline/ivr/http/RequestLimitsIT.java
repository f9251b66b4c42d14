package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The request limits in front of every route, seen by a client of the dispute API: each limit is a
 * 4xx JSON {@link ApiError} that names it, and the route behind never runs (the dispute is unchanged).
 */
class RequestLimitsIT {
    private static Ledger ledger;
    private static DisputeApi api;
    private static long dispute;

    @BeforeAll
    static void startApi() {
        ledger = TestLedgers.newLedger();
        api = DisputeApi.start(ledger, ZoneId.of("UTC"));
        long customer = api.rows().customer("Limit Tester", "UTC");
        dispute = api.openDispute(api.rows().account(customer, "41000001", "unused"), "GOODS_DAMAGED", "10.00",
                Instant.parse("2026-11-20T12:00:00Z"));
    }

    @AfterAll
    static void stop() {
        api.close();
        ledger.close();
    }

    @Test
    void aUriLongerThanTheLimitIsRefusedWith414() {
        api.get("/api/disputes?reason=" + "A".repeat(RequestLimits.MAX_URI_LENGTH))
                .assertRefused(414, null, "at most 4096 are accepted");
    }

    @Test
    void aRequestLineBeyondTheDecodersCapIsStillA414() {
        String target = "/api/disputes?reason=" + "A".repeat(RequestLimits.MAX_INITIAL_LINE_LENGTH);

        RawHttp.Answer answer = RawHttp.send(api.uri("/").getPort(), "GET", target, Map.of(), null);

        assertThat(answer.status()).isEqualTo(414);
    }

    @Test
    void aQueryValueLongerThanTheLimitIsRefusedNamingTheParameter() {
        api.get("/api/disputes?customerId=" + "9".repeat(RequestLimits.MAX_PARAMETER_LENGTH + 1))
                .assertRefused(400, "customerId", "customerId is 201 characters long; at most 200 are accepted");
    }

    @Test
    void aQueryParameterNameLongerThanTheLimitIsRefused() {
        api.get("/api/disputes?" + "n".repeat(RequestLimits.MAX_PARAMETER_LENGTH + 1) + "=1")
                .assertRefused(400, null, "a query parameter name is 201 characters long");
    }

    @Test
    void moreQueryParametersThanTheLimitAreRefused() {
        StringBuilder query = new StringBuilder("/api/disputes?limit=10");
        for (int i = 0; i < RequestLimits.MAX_QUERY_PARAMETERS; i++) {
            query.append("&x").append(i).append("=1");
        }
        api.get(query.toString()).assertRefused(400, null, "the query has 51 parameters; at most 50 are accepted");
    }

    @Test
    void aControlCharacterInAQueryValueOrThePathIsRefused() {
        api.get("/api/disputes?reason=GOODS%00_DAMAGED").assertRefused(400, "reason", "contains a control character");
        api.get("/api/disputes?reason=GOODS%0A").assertRefused(400, "reason", "contains a control character");
        api.get("/api/disputes/1%00").assertRefused(400, null, "the path contains a control character");
    }

    @Test
    void brokenPercentEncodingInTheQueryIsRefused() {
        RawHttp.Answer answer = RawHttp.send(api.uri("/").getPort(), "GET", "/api/disputes?reason=%zz", Map.of(), null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(new JsonObject(answer.body()).getString("error")).contains("not valid percent-encoding");
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413BeforeItIsRead() {
        String body = "{\"status\":\"RESOLVED\",\"note\":\"" + "n".repeat(RequestLimits.MAX_BODY_BYTES) + "\"}";
        api.postJson(statusPath(), body).assertRefused(413, null, "larger than 16384 bytes");
        assertDisputeUnchanged();
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsRefusedWith413() {
        byte[] body = ("{\"note\":\"" + "n".repeat(RequestLimits.MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        DisputeApi.Response answer = api.send(HttpRequest.newBuilder(api.uri(statusPath()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(body))));

        answer.assertRefused(413, null, "larger than 16384 bytes");
        assertDisputeUnchanged();
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsRefused() {
        int depth = RequestLimits.MAX_JSON_DEPTH + 1;
        String body = "[".repeat(depth) + "]".repeat(depth);
        api.postJson(statusPath(), body).assertRefused(400, null, "nested more than 32 levels deep");
        assertDisputeUnchanged();
    }

    @Test
    void jsonWithMoreEntriesThanTheLimitIsRefused() {
        StringBuilder body = new StringBuilder("{\"status\":\"RESOLVED\",\"note\":\"n\",\"items\":[");
        for (int i = 0; i < RequestLimits.MAX_JSON_ENTRIES; i++) {
            body.append(i == 0 ? "" : ",").append('0');
        }
        api.postJson(statusPath(), body.append("]}").toString())
                .assertRefused(400, null, "more than 1000 object keys and array items");
        assertDisputeUnchanged();
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBreaks() {
        api.postJson(statusPath(), "{\"status\": RESOLVED}").assertRefused(400, null,
                "not well-formed JSON (line 1, column");
        api.postJson(statusPath(), "{} {}").assertRefused(400, null, "more than one JSON value");
        assertDisputeUnchanged();
    }

    @Test
    void inputQuotedBackInAnErrorNeverAppearsAsRawMarkup() {
        DisputeApi.Response answer = api.get("/api/disputes?reason=%3Cscript%3Ealert(1)%3C/script%3E");

        answer.assertRefused(400, "reason", "unknown reason code");
        assertThat(answer.text()).doesNotContain("<script>", "<", ">").contains("\\u003cscript\\u003e");
    }

    @Test
    void requestsWithinTheLimitsStillReachTheRoute() {
        String nested = "{\"status\":\"RESOLVED\",\"note\":\"fine\"}";
        assertThat(api.get("/api/disputes?limit=10&reason=GOODS_DAMAGED").status()).isEqualTo(200);
        assertThat(api.postJson("/api/disputes/987654321/status", nested).status()).isEqualTo(404);
    }

    private static String statusPath() {
        return "/api/disputes/" + dispute + "/status";
    }

    private static void assertDisputeUnchanged() {
        assertThat(ledger.disputes().findById(dispute).orElseThrow().status().name()).isEqualTo("OPEN");
    }
}
