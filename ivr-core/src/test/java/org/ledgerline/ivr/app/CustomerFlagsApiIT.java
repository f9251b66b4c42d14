package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.compliance.AreaCodeZones;
import org.ledgerline.ivr.compliance.CallRequest;
import org.ledgerline.ivr.compliance.ComplianceGate;
import org.ledgerline.ivr.compliance.DenialReason;
import org.ledgerline.ivr.compliance.LedgerContactHistory;
import org.ledgerline.ivr.compliance.LedgerCustomerFlags;
import org.ledgerline.ivr.compliance.LedgerCustomerLocations;
import org.ledgerline.ivr.compliance.LedgerInconvenientTimes;
import org.ledgerline.ivr.http.CustomerFlagRoutes;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.collector.WorklistEntry;
import org.ledgerline.storage.contact.JdbcFlagRepository;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The call-stopping flags through the back-office REST API of a node on the demo ledger: who may
 * read, set and clear them, what the answers say, that the audit log has who and when, and that a
 * flag set here is what the compliance gate refuses a call for.
 */
class CustomerFlagsApiIT {
    private static RunningServer node;
    private static Ledger ledger;
    private static List<WorklistEntry> collector1Worklist;
    private static List<WorklistEntry> collector2Worklist;

    @BeforeAll
    static void startNode() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
        ledger = node.server.ledger();
        collector1Worklist = worklistOf("collector1");
        collector2Worklist = worklistOf("collector2");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aCreditManagerSetsDoNotCallWhichTheComplianceGateThenDeniesAndClearsItWithTheAuditLogSayingWhoAndWhen() {
        WorklistEntry debtor = unflagged(collector1Worklist, 0);
        String phone = ledger.contactDetails().phonesOf(debtor.customerId()).getFirst().phoneNumber();
        CallRequest call = new CallRequest("collector1", debtor.customerId(), debtor.accountId(), phone);
        assertThat(gate().decide(call, now()).allReasons()).doesNotContain(DenialReason.DO_NOT_CALL);
        SignedInClient manager = signIn("manager");

        HttpResponse<String> set = manager.send("POST", flagsOf(debtor), "application/json",
                new JsonObject().put("type", "DO_NOT_CALL").put("note", "asked on the phone").encode());

        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        JsonObject flag = new JsonObject(set.body());
        assertThat(flag.getString("type")).isEqualTo("DO_NOT_CALL");
        assertThat(flag.getString("scope")).isEqualTo("CUSTOMER");
        assertThat(flag.getString("setBy")).isEqualTo("manager");
        assertThat(Instant.parse(flag.getString("setAt"))).isEqualTo(now());
        assertThat(flag.getBoolean("active")).isTrue();
        assertThat(gate().decide(call, now()).allReasons()).contains(DenialReason.DO_NOT_CALL);

        HttpResponse<String> again = manager.send("POST", flagsOf(debtor), "application/json",
                new JsonObject().put("type", "DO_NOT_CALL").encode());
        assertThat(again.statusCode()).as("already active").isEqualTo(409);

        String clearPath = flagsOf(debtor) + "/" + flag.getLong("id") + "/clear";
        HttpResponse<String> cleared = manager.send("POST", clearPath, "application/json",
                new JsonObject().put("note", "consent given in writing").encode());
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        assertThat(new JsonObject(cleared.body()).getString("clearedBy")).isEqualTo("manager");
        assertThat(new JsonObject(cleared.body()).getBoolean("active")).isFalse();
        assertThat(gate().decide(call, now()).allReasons()).doesNotContain(DenialReason.DO_NOT_CALL);
        assertThat(manager.send("POST", clearPath, "application/json", "{}").statusCode())
                .as("already cleared").isEqualTo(409);

        JsonObject history = new JsonObject(manager.get(flagsOf(debtor)).body());
        assertThat(history.getJsonArray("flags").stream().map(JsonObject.class::cast)
                .filter(f -> f.getLong("id").equals(flag.getLong("id"))).findFirst().orElseThrow()
                .getString("clearedAt")).as("a cleared flag stays as history").isNotNull();
        List<AuditEntry> audit = ledger.audit().findBySubject("customer", Long.toString(debtor.customerId()));
        assertThat(audit).filteredOn(e -> e.action().equals(JdbcFlagRepository.FLAG_SET))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("manager"));
        assertThat(audit).filteredOn(e -> e.action().equals(JdbcFlagRepository.FLAG_CLEARED))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("manager"));
        assertThat(audit).filteredOn(e -> e.action().equals(CustomerFlagRoutes.CLEAR_NOTE_ACTION))
                .anySatisfy(e -> assertThat(e.detail()).contains("consent given in writing"));
        assertThat(audit).filteredOn(e -> e.action().equals("CUSTOMER_DATA_READ"))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("manager"));
    }

    @Test
    void aCollectorSetsAWrongNumberOnAnOwnCustomerButIsRefusedAnotherCollectorsCustomerAndClearing() {
        WorklistEntry own = unflagged(collector1Worklist, 1);
        WorklistEntry others = collector2Worklist.stream()
                .filter(e -> collector1Worklist.stream().noneMatch(o -> o.customerId() == e.customerId()))
                .findFirst().orElseThrow();
        String phone = ledger.contactDetails().phonesOf(own.customerId()).getFirst().phoneNumber();
        SignedInClient collector = signIn("collector1");

        HttpResponse<String> set = collector.send("POST", flagsOf(own), "application/json",
                new JsonObject().put("type", "WRONG_NUMBER").put("phoneNumber", phone).encode());

        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        JsonObject flag = new JsonObject(set.body());
        assertThat(flag.getString("setBy")).isEqualTo("collector1");
        assertThat(flag.getString("scope")).isEqualTo("PHONE_NUMBER");
        assertThat(flag.getString("phoneNumber")).isEqualTo(phone);
        assertThat(gate().decide(new CallRequest("collector1", own.customerId(), own.accountId(), phone), now())
                .allReasons()).contains(DenialReason.WRONG_NUMBER);
        assertThat(collector.get(flagsOf(own)).statusCode()).isEqualTo(200);
        assertThat(collector.get(flagsOf(others)).statusCode()).as("another's customer, read").isEqualTo(403);
        assertThat(collector.send("POST", flagsOf(others), "application/json",
                new JsonObject().put("type", "DECEASED").encode()).statusCode())
                .as("another's customer, set").isEqualTo(403);
        assertThat(collector.send("POST", flagsOf(own) + "/" + flag.getLong("id") + "/clear", "application/json",
                "{}").statusCode()).as("clearing is a manager's decision").isEqualTo(403);
    }

    @Test
    void anAuditorReadsEveryCustomersFlagsButMayNotSetOrClearThem() {
        WorklistEntry debtor = collector2Worklist.getFirst();
        SignedInClient auditor = signIn("auditor");

        HttpResponse<String> read = auditor.get(flagsOf(debtor));

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(new JsonObject(read.body()).getLong("customerId")).isEqualTo(debtor.customerId());
        assertThat(auditor.send("POST", flagsOf(debtor), "application/json",
                new JsonObject().put("type", "BANKRUPTCY").encode()).statusCode()).isEqualTo(403);
        assertThat(ledger.audit().findBySubject("customer", Long.toString(debtor.customerId())))
                .anySatisfy(e -> assertThat(e.actor() + " " + e.action()).isEqualTo("auditor CUSTOMER_DATA_READ"));
    }

    @Test
    void badRequestsSayWhyAndUnknownCustomersAreNotFound() {
        WorklistEntry debtor = unflagged(collector1Worklist, 2);
        SignedInClient manager = signIn("manager");

        HttpResponse<String> unknownType = manager.send("POST", flagsOf(debtor), "application/json",
                new JsonObject().put("type", "ANGRY").encode());
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(unknownType.body()).getString("error"))
                .contains("DO_NOT_CALL", "CEASE_COMMUNICATION", "ATTORNEY_REPRESENTED", "BANKRUPTCY",
                        "WRONG_NUMBER", "DECEASED");
        assertThat(manager.send("POST", flagsOf(debtor), "application/json",
                new JsonObject().put("type", "WRONG_NUMBER").encode()).statusCode())
                .as("wrong number without the number").isEqualTo(400);
        assertThat(manager.send("POST", flagsOf(debtor), "application/json",
                new JsonObject().put("type", "WRONG_NUMBER").put("phoneNumber", "9995550123").encode()).statusCode())
                .as("wrong number on a number that is not the customer's").isEqualTo(400);
        assertThat(manager.send("POST", flagsOf(debtor), "application/json",
                new JsonObject().put("type", "DECEASED").put("phoneNumber", "3125550100").encode()).statusCode())
                .as("a customer flag with a number").isEqualTo(400);
        assertThat(manager.get("/api/customers/99999999/flags").statusCode()).isEqualTo(404);
        assertThat(manager.send("POST", "/api/customers/99999999/flags", "application/json",
                new JsonObject().put("type", "DECEASED").encode()).statusCode()).isEqualTo(404);
        assertThat(manager.send("POST", flagsOf(debtor) + "/99999999/clear", "application/json", "{}")
                .statusCode()).as("unknown flag").isEqualTo(404);
    }

    @Test
    void nobodySignedInIsAskedToSignIn() {
        assertThat(node.get("/api/customers/" + collector1Worklist.getFirst().customerId() + "/flags").statusCode())
                .isEqualTo(401);
    }

    private static List<WorklistEntry> worklistOf(String collector) {
        long id = ledger.users().findByUsername(collector).orElseThrow().id();
        List<WorklistEntry> worklist = ledger.collectorAssignments().worklistEntriesOf(id, LocalDate.of(2026, 11, 24));
        assertThat(worklist).as("demo worklist of " + collector).isNotEmpty();
        return worklist;
    }

    /** The {@code n}th customer of the worklist with no active flag and a phone number (tests use different ones). */
    private static WorklistEntry unflagged(List<WorklistEntry> worklist, int n) {
        Set<Long> seen = new HashSet<>();
        List<WorklistEntry> candidates = worklist.stream()
                .filter(e -> seen.add(e.customerId()))
                .filter(e -> ledger.flags().activeFlagsOf(e.customerId()).isEmpty())
                .filter(e -> !ledger.contactDetails().phonesOf(e.customerId()).isEmpty())
                .collect(Collectors.toList());
        assertThat(candidates).as("unflagged demo customers").hasSizeGreaterThan(n);
        return candidates.get(n);
    }

    private static String flagsOf(WorklistEntry entry) {
        return "/api/customers/" + entry.customerId() + "/flags";
    }

    private static SignedInClient signIn(String username) {
        return SignedInClient.signIn(node.server.httpPort(), username, DemoUsers.DEMO_PASSWORD);
    }

    private static ComplianceGate gate() {
        return new ComplianceGate(new LedgerContactHistory(ledger.callAttempts()),
                new LedgerCustomerFlags(ledger.flags()), new LedgerCustomerLocations(ledger.contactDetails()),
                AreaCodeZones.load(), new LedgerInconvenientTimes(ledger.inconvenientTimes()));
    }

    private static Instant now() {
        return RunningServer.CLOCK.instant();
    }
}
