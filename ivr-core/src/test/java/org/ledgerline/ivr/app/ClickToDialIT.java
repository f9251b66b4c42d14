package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.collector.CollectorGateFlow;
import org.ledgerline.ivr.http.CallRoutes;
import org.ledgerline.ivr.http.ClickToDialCheck;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.TranscriptEntry;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.EmulatedCall;
import org.ledgerline.ivr.simulator.ami.OriginatePlan;
import org.ledgerline.ivr.simulator.ami.ReceivedAction;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Click-to-dial in a real node with AMI on the emulator and the demo ledger. The clock is Tuesday
 * 2026-11-24 16:30 UTC (as in {@link CollectorGateNodeIT}): collector2's account 100045 (Phoenix
 * address, New York number) is inside both calling windows; 100043's customer is represented by an
 * attorney. collector1 works other accounts.
 */
class ClickToDialIT {
    private static final Clock TUESDAY_MORNING_PACIFIC = Clock.fixed(Instant.parse("2026-11-24T16:30:00Z"),
            ZoneOffset.UTC);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String JSON = "application/json";

    private static AmiEmulator ami;
    private static RunningServer node;
    private static Ledger ledger;
    private static LedgerSettings database;

    @BeforeAll
    static void start() throws Exception {
        ami = new AmiEmulator(List.of(AmiAccount.ledgerline(PaymentNode.AMI_USER, PaymentNode.AMI_SECRET)));
        ami.start(0);
        database = TestLedgers.newDatabase();
        Map<String, String> properties = new HashMap<>(Map.of(
                "ledgerline.ami.enabled", "true",
                "ledgerline.ami.host", "127.0.0.1",
                "ledgerline.ami.port", Integer.toString(ami.port()),
                "ledgerline.ami.username", PaymentNode.AMI_USER,
                "ledgerline.ami.secret", PaymentNode.AMI_SECRET,
                "ledgerline.compliance.clickToDialCallerId", "LedgerLine <2000>"));
        node = RunningServer.on(database, properties, TUESDAY_MORNING_PACIFIC);
        assertThat(ami.awaitLogins(1, WAIT)).isTrue();
        ledger = Ledger.open(database);
    }

    @AfterAll
    static void stop() throws Exception {
        ledger.close();
        node.close();
        ami.close();
    }

    private static SignedInClient signIn(String username) {
        return SignedInClient.signIn(node.server.httpPort(), username, DemoUsers.DEMO_PASSWORD);
    }

    private static long accountId(String accountNumber) {
        return ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().id();
    }

    private static HttpResponse<String> call(SignedInClient who, String accountNumber) {
        return who.send("POST", "/api/calls", JSON, new JsonObject().put("accountNumber", accountNumber).encode());
    }

    private static long originatesSoFar() {
        return ami.receivedActions().stream().filter(a -> a.name().equals("Originate")).count();
    }

    @Test
    void anAllowedCallRingsTheCollectorsPhoneIntoTheGatedContextAndItsProgressFollowsTheCallToItsEnd()
            throws Exception {
        ami.planOriginates(OriginatePlan.answeredThen(call -> call
                .dialCustomer("PJSIP/carrier-00000051", "customer-leg-51", "6465550148")
                .customerAnswers("bridge-51")));
        SignedInClient collector = signIn("collector2");

        HttpResponse<String> placed = call(collector, "100045");

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        JsonObject answer = new JsonObject(placed.body());
        assertThat(answer.getBoolean("allowed")).isTrue();
        assertThat(answer.getString("status")).isEqualTo("ringing-collector");
        String callId = answer.getString("callId");
        ReceivedAction originate = ami.awaitAction(a -> a.name().equals("Originate")
                && a.header("ChannelId").orElse("").equals(callId), WAIT).orElseThrow();
        assertThat(originate.header("Channel")).contains("PJSIP/2002");
        assertThat(originate.header("Context")).contains("ledgerline-collectors");
        assertThat(originate.header("Exten")).contains("6465550148");
        assertThat(originate.header("Variable")).contains("LEDGERLINE_ACCOUNT=" + accountId("100045"));
        assertThat(originate.header("CallerID")).contains("LedgerLine <2000>");

        assertThat(awaitPhase(collector, callId, "bridged").getString("collectorLeg")).isEqualTo("ANSWERED");
        EmulatedCall emulated = ami.awaitCall(callId, WAIT).orElseThrow();
        emulated.customerHangsUp();
        JsonObject ended = awaitPhase(collector, callId, "ended");
        assertThat(ended.getInteger("hangupCause")).isEqualTo(16);
        assertThat(ended.getString("endReason")).isEqualTo("HUNG_UP");
        assertThat(ledger.audit().findBySubject("account", Long.toString(accountId("100045"))))
                .anySatisfy(line -> {
                    assertThat(line.action()).isEqualTo(ClickToDialCheck.AUDIT_ACTION);
                    assertThat(line.actor()).isEqualTo("collector2");
                    assertThat(line.callId()).isEqualTo(callId);
                });
    }

    @Test
    void anotherCollectorCannotFollowTheCall() throws Exception {
        ami.planOriginates(OriginatePlan.answered());
        HttpResponse<String> placed = call(signIn("collector2"), "100045");
        String callId = new JsonObject(placed.body()).getString("callId");

        HttpResponse<String> peek = signIn("collector1").get("/api/calls/" + callId);

        assertThat(peek.statusCode()).isEqualTo(404);
    }

    /**
     * Who placed a call is in the ledger, not in the node's memory: a node started afterwards on the same
     * ledger (a restart, or another node behind the balancer) answers the owner and refuses anyone else,
     * and the dialplan's gate, run there when the collector picks up, decides on the same record.
     */
    @Test
    void aNodeStartedAfterTheCallWasPlacedKnowsWhoseCallItIsAndTheGateDecidesOnTheSameRecord() throws Exception {
        ami.planOriginates(OriginatePlan.answered());
        HttpResponse<String> placed = call(signIn("collector2"), "100045");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String callId = new JsonObject(placed.body()).getString("callId");

        try (RunningServer restarted = RunningServer.on(database, Map.of(), TUESDAY_MORNING_PACIFIC)) {
            SignedInClient owner = SignedInClient.signIn(restarted.server.httpPort(), "collector2",
                    DemoUsers.DEMO_PASSWORD);
            HttpResponse<String> seen = owner.get("/api/calls/" + callId);
            assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
            JsonObject progress = new JsonObject(seen.body());
            assertThat(progress.getString("phase")).isEqualTo("dialling");
            assertThat(progress.getString("gateDecision")).isEqualTo("ALLOWED");
            assertThat(SignedInClient.signIn(restarted.server.httpPort(), "collector1", DemoUsers.DEMO_PASSWORD)
                    .get("/api/calls/" + callId).statusCode()).isEqualTo(404);

            // The collector picks up: [ledgerline-collectors] runs the gate on the originated channel,
            // whose unique id is the Originate's ChannelId, with the LEDGERLINE_ACCOUNT it carried.
            CallTranscript gate = restarted.emulator().call(new AgiEnvironment("gate", "2002", "Collector Two",
                    "PJSIP/2002-00000061", callId, "en", CallRoutes.CONTEXT, "6465550148", List.of("6465550148")),
                    CallerScript.parse("_"), Map.of("LEDGERLINE_ACCOUNT", Long.toString(accountId("100045"))));
            assertThat(gate.entriesOf(TranscriptEntry.VariableSet.class))
                    .anySatisfy(set -> assertThat(set.name() + "=" + set.value()).isEqualTo("LEDGERLINE_GATE=ALLOW"));
        }
        long records = ledger.jdbc().queryOne("test: count",
                "select count(*) from collector_calls where idempotency_key = ?", row -> row.getLong(1), callId);
        assertThat(records).isEqualTo(1);
        CollectorCall record = ledger.collectorCalls().findByIdempotencyKey(callId).orElseThrow();
        assertThat(ledger.collectorCalls().gateChecked(record.id())).isTrue();
        assertThat(record.callId()).isEqualTo(CollectorGateFlow.callRefOf(callId));
        assertThat(record.collectorUserId()).isEqualTo(ledger.users().findByUsername("collector2").orElseThrow().id());
        assertThat(ledger.callAttempts().findByIdempotencyKey("gate/" + record.callId()))
                .hasValueSatisfying(attempt -> assertThat(attempt.collectorCallId()).isEqualTo(record.id()));
    }

    @Test
    void aCallTheGateRefusesIsAnsweredWithTheReasonAndNeverOriginated() {
        long before = originatesSoFar();

        HttpResponse<String> refused = call(signIn("collector2"), "100043");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonObject answer = new JsonObject(refused.body());
        assertThat(answer.getBoolean("allowed")).isFalse();
        assertThat(answer.getString("reason")).isEqualTo("ATTORNEY_REPRESENTED");
        assertThat(answer.getString("description")).isNotBlank();
        assertThat(originatesSoFar()).isEqualTo(before);
        assertThat(ledger.audit().findBySubject("account", Long.toString(accountId("100043"))))
                .anySatisfy(line -> assertThat(line.detail()).contains("denied ATTORNEY_REPRESENTED"));
    }

    @Test
    void anAccountOnAnotherCollectorsWorklistIsNotYours() {
        HttpResponse<String> refused = call(signIn("collector1"), "100045");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("not your account");
    }

    @Test
    void aManagerMayNotPlaceCollectorCalls() {
        assertThat(call(signIn("manager"), "100045").statusCode()).isEqualTo(403);
    }

    @Test
    void withoutASessionTheRouteAnswers401() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + node.server.httpPort() + "/api/calls"))
                .header("content-type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"accountNumber\":\"100045\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    /** Polls the progress route until the call reaches {@code phase}, failing after {@link #WAIT}. */
    private static JsonObject awaitPhase(SignedInClient collector, String callId, String phase) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonObject last = new JsonObject();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> progress = collector.get("/api/calls/" + callId);
            assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
            last = new JsonObject(progress.body());
            if (phase.equals(last.getString("phase")) && last.getString("collectorLeg") != null) {
                return last;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        throw new AssertionError("call " + callId + " never reached " + phase + "; last seen " + last.encode());
    }
}
