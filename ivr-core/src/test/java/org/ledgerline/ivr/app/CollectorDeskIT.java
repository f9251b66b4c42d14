package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.promise.Promise;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The collector's desk on a real node with the demo ledger (collector1 works 100038-100041 and
 * 100010-100013, collector2 100042-100045 and 100014-100017): who may see which page, the CSRF
 * check, and the forms writing once, linked to the call. The clock is Tuesday 2026-11-24 19:00
 * UTC, inside every US zone's calling window.
 */
class CollectorDeskIT {
    private static final Clock TUESDAY_AFTERNOON = Clock.fixed(Instant.parse("2026-11-24T19:00:00Z"), ZoneOffset.UTC);
    private static final String FORM = "application/x-www-form-urlencoded";

    private static RunningServer node;
    private static Ledger ledger;

    @BeforeAll
    static void start() {
        LedgerSettings database = TestLedgers.newDatabase();
        node = RunningServer.on(database, Map.of(), TUESDAY_AFTERNOON);
        ledger = Ledger.open(database);
    }

    @AfterAll
    static void stop() {
        ledger.close();
        node.close();
    }

    private static SignedInClient signIn(String username) {
        return SignedInClient.signIn(node.server.httpPort(), username, DemoUsers.DEMO_PASSWORD);
    }

    private static long accountId(String accountNumber) {
        return ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().id();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /**
     * The calls row a form links to: the one the call record names (the gate's, or the demo call's
     * own), else the gate's call reference for a record written without one (older seeded history).
     */
    private static String callsRowOf(CollectorCall call) {
        String linked = call.callId();
        return linked != null ? linked : "collector-" + call.idempotencyKey();
    }

    /** A call collector1 made about the account, seeded with the demo ledger. */
    private static CollectorCall seededCall(String accountNumber) {
        return ledger.collectorCalls().findByAccount(accountId(accountNumber), 20).stream()
                .filter(call -> call.gate().allowed()).findFirst().orElseThrow();
    }

    private static Map<String, String> promise(String amount, String date, String callId, String formKey) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("amount", amount);
        fields.put("promisedFor", date);
        fields.put("callId", callId);
        fields.put("formKey", formKey);
        return fields;
    }

    @Test
    void aCollectorSeesTheirOwnWorklistWithTheGatesAnswerPerAccount() {
        HttpResponse<String> page = signIn("collector1").get("/desk");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("100038", "100039", "100040", "100041", "100010")
                .doesNotContain("100045", "100042")
                .contains("data-reason=\"TOO_MANY_CALLS\"", "data-reason=\"RECENT_CONVERSATION\"",
                        "data-reason=\"DO_NOT_CALL\"", "data-callable=\"true\"");
    }

    @Test
    void anotherCollectorsAccountIsRefusedWithTheForbiddenPageAndItsFormsToo() {
        SignedInClient collector1 = signIn("collector1");
        long theirs = accountId("100045");

        HttpResponse<String> page = collector1.get("/desk/accounts/" + theirs);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Not allowed", "not on your worklist").doesNotContain("Red Rock Outfitters");

        HttpResponse<String> post = collector1.send("POST", "/desk/accounts/" + theirs + "/promises", FORM,
                form(promise("10", "2026-12-01", "x", UUID.randomUUID().toString())));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(ledger.promises().findByAccount(theirs, 50)).isEmpty();
        assertThat(signIn("collector2").get("/desk/accounts/" + theirs).statusCode()).isEqualTo(200);
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndAnUnknownAccountIs404() throws Exception {
        try (HttpClient anonymous = HttpClient.newHttpClient()) {
            HttpResponse<String> desk = anonymous.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + node.server.httpPort() + "/desk")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(desk.statusCode()).isEqualTo(303);
            assertThat(desk.headers().firstValue("Location")).contains("/sign-in?next=%2Fdesk");
        }
        assertThat(signIn("collector1").get("/desk/accounts/987654321").statusCode()).isEqualTo(404);
        assertThat(signIn("collector1").get("/desk/accounts/%3Cscript%3E").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        SignedInClient collector1 = signIn("collector1");
        long own = accountId("100038");
        // The same session cookie, but a client that sends no CSRF token: a crafted cross-site form.
        HttpResponse<String> page = collector1.get("/desk/accounts/" + own);
        assertThat(page.statusCode()).isEqualTo(200);
        try (HttpClient bare = HttpClient.newHttpClient()) {
            String cookie = "ll_session=" + freshSessionCookie();
            HttpResponse<String> forged = bare.send(HttpRequest.newBuilder(collector1.uri("/desk/accounts/" + own
                    + "/flags")).header("Content-Type", FORM).header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString("type=DO_NOT_CALL&note=forged")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(403);
        }
        assertThat(ledger.flags().flagsOf(ledger.accounts().findById(own).orElseThrow().customerId()))
                .noneMatch(flag -> flag.note().equals("forged"));
    }

    @Test
    void managersReadAnAccountWithoutFormsAndMayNotActAsTheCollector() {
        SignedInClient manager = signIn("manager");
        long account = accountId("100038");

        assertThat(manager.get("/desk").statusCode()).isEqualTo(403);
        HttpResponse<String> page = manager.get("/desk/accounts/" + account);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hudson Bay Trading Co.").doesNotContain("promise-form", "call-button");
        assertThat(manager.send("POST", "/desk/accounts/" + account + "/promises", FORM,
                form(promise("10", "2026-12-01", seededCall("100038").idempotencyKey(),
                        UUID.randomUUID().toString())))
                .statusCode()).isEqualTo(403);
        assertThat(manager.send("POST", "/api/calls", "application/json", "{\"accountId\":" + account + "}")
                .statusCode()).isEqualTo(403);
        assertThat(signIn("auditor").get("/desk/accounts/" + account).statusCode()).isEqualTo(200);
    }

    @Test
    void aPromiseSubmittedTwiceLandsOnceLinkedToTheCallsRow() {
        SignedInClient collector1 = signIn("collector1");
        long account = accountId("100038");
        CollectorCall call = seededCall("100038");
        String key = UUID.randomUUID().toString();
        String body = form(promise("25.50", "2026-12-01", call.idempotencyKey(), key));

        HttpResponse<String> first = collector1.send("POST", "/desk/accounts/" + account + "/promises", FORM, body);
        HttpResponse<String> second = collector1.send("POST", "/desk/accounts/" + account + "/promises", FORM, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        List<Promise> promises = ledger.promises().findByAccount(account, 50).stream()
                .filter(p -> p.idempotencyKey().equals("desk/" + key + "/promise")).toList();
        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("25.50");
            assertThat(p.callId()).isEqualTo(callsRowOf(call));
        });
        assertThat(ledger.calls().findById(callsRowOf(call))).isPresent();
        assertThat(ledger.audit().findBySubject("promise", Long.toString(promises.getFirst().id())))
                .anySatisfy(line -> {
                    assertThat(line.action()).isEqualTo("PROMISE_TAKEN_BY_COLLECTOR");
                    assertThat(line.actor()).isEqualTo("collector1");
                });
        assertThat(collector1.get("/desk/accounts/" + account).body())
                .containsOnlyOnce("data-reference=\"" + promises.getFirst().referenceNumber() + "\"");
    }

    @Test
    void aRefusedAmountReRendersTheFormWithTheReasonAndWritesNothing() {
        SignedInClient collector1 = signIn("collector1");
        long account = accountId("100038");
        int before = ledger.promises().findByAccount(account, 50).size();

        HttpResponse<String> refused = collector1.send("POST", "/desk/accounts/" + account + "/promises", FORM,
                form(promise("99999999", "2026-12-01", seededCall("100038").idempotencyKey(),
                        UUID.randomUUID().toString())));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"promise-error\"", "more than the open, undisputed balance",
                "value=\"99999999\"");
        HttpResponse<String> lateDate = collector1.send("POST", "/desk/accounts/" + account + "/promises", FORM,
                form(promise("10", "2027-03-01", seededCall("100038").idempotencyKey(), UUID.randomUUID().toString())));
        assertThat(lateDate.statusCode()).isEqualTo(400);
        assertThat(lateDate.body()).contains("outside that window");
        HttpResponse<String> notACall = collector1.send("POST", "/desk/accounts/" + account + "/promises", FORM,
                form(promise("10", "2026-12-01", seededCall("100045").idempotencyKey(), UUID.randomUUID().toString())));
        assertThat(notACall.statusCode()).isEqualTo(400);
        assertThat(notACall.body()).contains("not one of your calls about this account");
        assertThat(ledger.promises().findByAccount(account, 50)).hasSize(before);
    }

    @Test
    void aDisputeWithAReasonCodeIsOpenedOnceAndLinkedToTheCall() {
        SignedInClient collector1 = signIn("collector1");
        long account = accountId("100039");
        CollectorCall call = seededCall("100039");
        long invoice = ledger.invoices().findOpenInvoices(account).stream()
                .filter(open -> open.status() != InvoiceStatus.DISPUTED).findFirst().orElseThrow().id();
        String key = UUID.randomUUID().toString();
        String body = form(Map.of("invoiceId", Long.toString(invoice), "reasonCode", "PRICING_ERROR",
                "description", "Billed at the list price, not the contract price", "callId", call.idempotencyKey(),
                "formKey", key));

        HttpResponse<String> first = collector1.send("POST", "/desk/accounts/" + account + "/disputes", FORM, body);
        HttpResponse<String> again = collector1.send("POST", "/desk/accounts/" + account + "/disputes", FORM, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        DisputeView dispute = ledger.disputes().findByIdempotencyKey("desk/" + key + "/dispute").orElseThrow();
        assertThat(dispute.invoiceId()).isEqualTo(invoice);
        assertThat(dispute.reasonCode()).isEqualTo("PRICING_ERROR");
        assertThat(dispute.callId()).isEqualTo(callsRowOf(call));
        HttpResponse<String> secondDispute = collector1.send("POST", "/desk/accounts/" + account + "/disputes", FORM,
                form(Map.of("invoiceId", Long.toString(invoice), "reasonCode", "OTHER", "description", "",
                        "callId", call.idempotencyKey(), "formKey", UUID.randomUUID().toString())));
        assertThat(secondDispute.statusCode()).isEqualTo(409);
        assertThat(secondDispute.body()).contains("already disputed");
    }

    @Test
    void aCollectorSetsAFlagOnTheirOwnAccountOnce() {
        SignedInClient collector1 = signIn("collector1");
        long account = accountId("100041");
        long customer = ledger.accounts().findById(account).orElseThrow().customerId();
        String body = "type=CEASE_COMMUNICATION&phoneNumber=&note=" + URLEncoder.encode("Asked us to write only",
                StandardCharsets.UTF_8);

        assertThat(collector1.send("POST", "/desk/accounts/" + account + "/flags", FORM, body).statusCode())
                .isEqualTo(303);
        HttpResponse<String> again = collector1.send("POST", "/desk/accounts/" + account + "/flags", FORM, body);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ledger.flags().activeFlagsOf(customer)).filteredOn(f -> f.note().equals("Asked us to write only"))
                .singleElement().satisfies(f -> assertThat(f.setBy()).isEqualTo("collector1"));
    }

    /** collector1's session cookie from a sign-in by hand, without keeping its CSRF token. */
    private static String freshSessionCookie() {
        HttpResponse<String> signedIn;
        try (HttpClient http = HttpClient.newHttpClient()) {
            signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.server.httpPort()
                    + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"collector1\",\"password\":\""
                            + DemoUsers.DEMO_PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring("ll_session=".length(), setCookie.indexOf(';'));
    }
}
