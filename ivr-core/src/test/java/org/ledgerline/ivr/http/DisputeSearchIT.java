package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Listing, reading and reporting disputes over HTTP against a real ledger. The business time zone
 * is Chicago, so the fixture's instants around midnight UTC test that dates are the back office's
 * calendar days, not UTC ones.
 */
class DisputeSearchIT {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static Ledger ledger;
    private static DisputeApi api;
    private static long alice;
    private static long bob;
    /** 23:30 on 31 October in Chicago: outside November. */
    private static long aliceOctober;
    /** Midnight starting 1 November in Chicago. */
    private static long aliceFirstNovember;
    private static long aliceEscalated;
    private static long bobDamaged;
    private static long bobResolved;
    /** 23:59 on 30 November in Chicago: inside a period that ends on the 30th. */
    private static long bobLastNovember;
    /** Midnight starting 1 December in Chicago: outside November. */
    private static long bobDecember;
    private static long bobEuro;

    @BeforeAll
    static void startApiOverAFilledLedger() {
        ledger = TestLedgers.newLedger();
        api = DisputeApi.start(ledger, CHICAGO);
        alice = api.rows().customer("Alice Archer", "America/Chicago");
        long aliceAccount = api.rows().account(alice, "31000001", "unused");
        bob = api.rows().customer("Bob Baker", "America/Chicago");
        long bobAccount = api.rows().account(bob, "31000002", "unused");

        aliceOctober = api.openDispute(aliceAccount, "GOODS_DAMAGED", "100.00", Instant.parse("2026-11-01T04:30:00Z"));
        aliceFirstNovember = api.openDispute(aliceAccount, "GOODS_DAMAGED", "250.00",
                Instant.parse("2026-11-01T05:00:00Z"));
        aliceEscalated = api.openDispute(aliceAccount, "PRICING_ERROR", "40.50", Instant.parse("2026-11-15T12:00:00Z"));
        ledger.disputes().escalate(aliceEscalated, "amount over threshold");
        bobResolved = api.openDispute(bobAccount, "GOODS_DAMAGED", "60.00", Instant.parse("2026-11-10T12:00:00Z"));
        ledger.disputes().changeStatus(bobResolved, DisputeStatus.RESOLVED, "credit note issued", "setup");
        bobDamaged = api.openDispute(bobAccount, "GOODS_DAMAGED", "75.25", Instant.parse("2026-11-20T12:00:00Z"));
        bobEuro = api.openDispute(bobAccount, "GOODS_DAMAGED", "90.00", Instant.parse("2026-11-25T12:00:00Z"));
        ledger.jdbc().update("test: a euro invoice",
                "update invoices set currency = 'EUR' where id = (select invoice_id from disputes where id = ?)",
                bobEuro);
        bobLastNovember = api.openDispute(bobAccount, "NOT_RECEIVED", "300.00", Instant.parse("2026-12-01T05:59:00Z"));
        bobDecember = api.openDispute(bobAccount, "GOODS_DAMAGED", "10.00", Instant.parse("2026-12-01T06:00:00Z"));
    }

    @AfterAll
    static void stop() {
        api.close();
        ledger.close();
    }

    @Test
    void listsEveryDisputeNewestFirstWithTheTotal() {
        JsonObject page = api.get("/api/disputes").json();

        assertThat(ids(page)).containsExactly(bobDecember, bobLastNovember, bobEuro, bobDamaged, aliceEscalated,
                bobResolved, aliceFirstNovember, aliceOctober);
        assertThat(page.getLong("total")).isEqualTo(8);
        assertThat(page.getInteger("limit")).isEqualTo(DisputeRequestParser.DEFAULT_LIMIT);
        assertThat(page.getInteger("offset")).isZero();
    }

    @Test
    void filtersByReasonCode() {
        assertThat(ids(api.get("/api/disputes?reason=NOT_RECEIVED").json())).containsExactly(bobLastNovember);
        assertThat(ids(api.get("/api/disputes?reason=PRICING_ERROR").json())).containsExactly(aliceEscalated);
    }

    @Test
    void filtersByStatus() {
        assertThat(ids(api.get("/api/disputes?status=ESCALATED").json())).containsExactly(aliceEscalated);
        assertThat(ids(api.get("/api/disputes?status=RESOLVED").json())).containsExactly(bobResolved);
    }

    @Test
    void filtersByCustomer() {
        JsonObject page = api.get("/api/disputes?customerId=" + alice).json();

        assertThat(ids(page)).containsExactly(aliceEscalated, aliceFirstNovember, aliceOctober);
        assertThat(page.getLong("total")).isEqualTo(3);
        assertThat(ids(api.get("/api/disputes?customerId=999999").json())).isEmpty();
    }

    @Test
    void readsDatesAsWholeCalendarDaysInTheBusinessTimeZone() {
        assertThat(ids(api.get("/api/disputes?from=2026-11-01&to=2026-11-30").json())).containsExactly(
                bobLastNovember, bobEuro, bobDamaged, aliceEscalated, bobResolved, aliceFirstNovember);
        assertThat(ids(api.get("/api/disputes?from=2026-12-01").json())).containsExactly(bobDecember);
        assertThat(ids(api.get("/api/disputes?to=2026-10-31").json())).containsExactly(aliceOctober);
        assertThat(ids(api.get("/api/disputes?from=2026-11-30&to=2026-11-30").json())).containsExactly(bobLastNovember);
    }

    @Test
    void combinesEveryFilter() {
        JsonObject page = api.get("/api/disputes?reason=GOODS_DAMAGED&status=OPEN&customerId=" + bob
                + "&from=2026-11-01&to=2026-11-30&limit=50&offset=0").json();

        assertThat(ids(page)).containsExactly(bobEuro, bobDamaged);
        assertThat(page.getLong("total")).isEqualTo(2);
    }

    @Test
    void pagesThroughAFilteredListKeepingTheTotal() {
        String query = "/api/disputes?customerId=" + bob + "&limit=2";

        JsonObject first = api.get(query + "&offset=0").json();
        JsonObject second = api.get(query + "&offset=2").json();
        JsonObject third = api.get(query + "&offset=4").json();
        JsonObject beyond = api.get(query + "&offset=6").json();

        assertThat(ids(first)).containsExactly(bobDecember, bobLastNovember);
        assertThat(ids(second)).containsExactly(bobEuro, bobDamaged);
        assertThat(ids(third)).containsExactly(bobResolved);
        assertThat(ids(beyond)).isEmpty();
        assertThat(List.of(first, second, third, beyond)).allSatisfy(page -> {
            assertThat(page.getLong("total")).isEqualTo(5);
            assertThat(page.getInteger("limit")).isEqualTo(2);
        });
        assertThat(second.getInteger("offset")).isEqualTo(2);
    }

    @Test
    void showsOneDisputeWithMoneyAsDecimalStringsAndItsCurrency() {
        JsonObject dispute = api.get("/api/disputes/" + bobDamaged).json();

        assertThat(dispute.getLong("id")).isEqualTo(bobDamaged);
        assertThat(dispute.getString("status")).isEqualTo("OPEN");
        assertThat(dispute.getString("reasonCode")).isEqualTo("GOODS_DAMAGED");
        assertThat(dispute.getString("reasonDescription")).isEqualTo("Goods damaged");
        assertThat(dispute.getJsonObject("disputedAmount"))
                .isEqualTo(new JsonObject().put("amount", "75.25").put("currency", "USD"));
        assertThat(dispute.getJsonObject("invoice").getJsonObject("amount").getString("amount")).isEqualTo("75.25");
        assertThat(dispute.getJsonObject("customer"))
                .isEqualTo(new JsonObject().put("id", bob).put("name", "Bob Baker"));
        assertThat(dispute.getString("createdAt")).isEqualTo("2026-11-20T12:00:00Z");
        assertThat(dispute.getString("referenceNumber")).isNotBlank();
        assertThat(dispute.containsKey("resolvedAt")).isTrue();
        assertThat(dispute.getValue("resolvedAt")).isNull();

        JsonObject euro = api.get("/api/disputes/" + bobEuro).json();
        assertThat(euro.getJsonObject("disputedAmount").getString("currency")).isEqualTo("EUR");
    }

    @Test
    void reportsCountsAndAmountsPerReasonAndCurrencyForThePeriod() {
        JsonObject report = api.get("/api/disputes/report?from=2026-11-01&to=2026-11-30").json();

        assertThat(report.getString("from")).isEqualTo("2026-11-01");
        assertThat(report.getString("to")).isEqualTo("2026-11-30");
        assertThat(report.getString("timeZone")).isEqualTo("America/Chicago");
        JsonArray rows = report.getJsonArray("reasons");
        assertThat(rows.stream().map(row -> summary((JsonObject) row)).toList()).containsExactly(
                "PRICING_ERROR USD 1 40.50",
                "GOODS_DAMAGED EUR 1 90.00",
                "GOODS_DAMAGED USD 3 385.25",
                "NOT_RECEIVED USD 1 300.00");
        assertThat(rows.getJsonObject(0).getJsonObject("openBalance"))
                .isEqualTo(new JsonObject().put("amount", "40.50").put("currency", "USD"));
    }

    @Test
    void reportsNothingForAPeriodWithoutDisputes() {
        JsonObject report = api.get("/api/disputes/report?from=2025-01-01&to=2025-01-31").json();

        assertThat(report.getJsonArray("reasons")).isEmpty();
    }

    @Test
    void listsTheActiveReasonCodesInSpokenOrder() {
        JsonArray reasons = api.get("/api/dispute-reasons").json().getJsonArray("items");

        assertThat(reasons.stream().map(r -> ((JsonObject) r).getString("code")).toList()).containsExactly(
                "PRICING_ERROR", "GOODS_DAMAGED", "NOT_RECEIVED", "DUPLICATE_BILLING", "QUANTITY_MISMATCH", "OTHER");
        assertThat(reasons.getJsonObject(0).getString("description")).isEqualTo("Pricing error");
    }

    @Test
    void refusesEachBadQueryWith400NamingTheParameter() {
        api.get("/api/disputes?reason=NO_SUCH_CODE").assertRefused(400, "reason", "unknown reason code 'NO_SUCH_CODE'");
        api.get("/api/disputes?reason=goods").assertRefused(400, "reason", "unknown reason code 'goods'");
        api.get("/api/disputes?status=CLOSED").assertRefused(400, "status", "unknown status 'CLOSED'");
        api.get("/api/disputes?customerId=twelve").assertRefused(400, "customerId", "positive whole number");
        api.get("/api/disputes?from=2026-13-01").assertRefused(400, "from", "calendar date like 2026-11-30");
        api.get("/api/disputes?to=yesterday").assertRefused(400, "to", "calendar date");
        api.get("/api/disputes?from=2026-11-30&to=2026-11-01").assertRefused(400, "from", "must not be after to");
        api.get("/api/disputes?limit=0").assertRefused(400, "limit", "between 1 and 200");
        api.get("/api/disputes?limit=201").assertRefused(400, "limit", "between 1 and 200");
        api.get("/api/disputes?limit=ten").assertRefused(400, "limit", "whole number");
        api.get("/api/disputes?offset=-1").assertRefused(400, "offset", "must not be negative");
        api.get("/api/disputes?reasonCode=OTHER").assertRefused(400, "reasonCode", "unknown parameter");
        api.get("/api/disputes?status=OPEN&status=RESOLVED").assertRefused(400, "status", "given 2 times");
    }

    @Test
    void refusesABadReportPeriodWith400() {
        api.get("/api/disputes/report?to=2026-11-30").assertRefused(400, "from", "from is required");
        api.get("/api/disputes/report?from=2026-11-01").assertRefused(400, "to", "to is required");
        api.get("/api/disputes/report?from=2026-11-31&to=2026-12-31").assertRefused(400, "from", "calendar date");
        api.get("/api/disputes/report?from=2026-12-01&to=2026-11-01").assertRefused(400, "from",
                "must not be after to");
    }

    @Test
    void refusesANonNumericIdWith400AndAnUnknownOneWith404() {
        api.get("/api/disputes/abc").assertRefused(400, "id", "positive whole number, was 'abc'");
        api.get("/api/disputes/0").assertRefused(400, "id", "positive whole number");
        api.get("/api/disputes/987654321").assertRefused(404, "id", "No dispute with id 987654321");
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> ((JsonObject) item).getLong("id")).toList();
    }

    private static String summary(JsonObject row) {
        return row.getString("reasonCode") + " " + row.getString("currency") + " " + row.getLong("count") + " "
                + row.getJsonObject("disputedAmount").getString("amount");
    }
}
