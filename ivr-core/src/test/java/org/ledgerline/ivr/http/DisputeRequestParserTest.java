package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.MultiMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeStatus;

class DisputeRequestParserTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private final DisputeRequestParser parser = new DisputeRequestParser(CHICAGO);

    @Test
    void readsEveryFilterAndThePage() {
        DisputeQuery query = parser.searchQuery(params("reason", "GOODS_DAMAGED", "status", "OPEN", "customerId", "12",
                "from", "2026-11-01", "to", "2026-11-30", "limit", "20", "offset", "40"));

        assertThat(query).isEqualTo(new DisputeQuery("GOODS_DAMAGED", DisputeStatus.OPEN, 12L,
                Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-12-01T06:00:00Z"), 20, 40));
    }

    @Test
    void withoutParametersListsTheFirstPageOfEverything() {
        assertThat(parser.searchQuery(params())).isEqualTo(DisputeQuery.all());
    }

    @Test
    void coversTheWholeLastDayEvenWhenTheClocksChangeThatDay() {
        // 2026-11-01 is 25 hours long in Chicago: daylight saving time ends at 02:00.
        ReportPeriod period = parser.reportPeriod(params("from", "2026-11-01", "to", "2026-11-01"));

        assertThat(period.start()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-11-02T06:00:00Z"));
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void refusesAReportWithoutBothEnds() {
        assertRejected(() -> parser.reportPeriod(params("to", "2026-11-30")), "from", "from is required");
        assertRejected(() -> parser.reportPeriod(params("from", "2026-11-30")), "to", "to is required");
    }

    @Test
    void refusesEachMalformedParameterByName() {
        assertRejected(() -> parser.searchQuery(params("reason", "goods damaged")), "reason", "unknown reason code");
        assertRejected(() -> parser.searchQuery(params("status", "CLOSED")), "status", "unknown status 'CLOSED'");
        assertRejected(() -> parser.searchQuery(params("customerId", "twelve")), "customerId", "positive whole number");
        assertRejected(() -> parser.searchQuery(params("customerId", "0")), "customerId", "positive whole number");
        assertRejected(() -> parser.searchQuery(params("from", "2026-02-30")), "from", "calendar date");
        assertRejected(() -> parser.searchQuery(params("to", "30/11/2026")), "to", "calendar date");
        assertRejected(() -> parser.searchQuery(params("from", "2026-12-01", "to", "2026-11-30")), "from",
                "must not be after to");
        assertRejected(() -> parser.searchQuery(params("limit", "0")), "limit", "between 1 and 200");
        assertRejected(() -> parser.searchQuery(params("limit", "201")), "limit", "between 1 and 200");
        assertRejected(() -> parser.searchQuery(params("limit", "99999999999")), "limit", "whole number");
        assertRejected(() -> parser.searchQuery(params("offset", "-1")), "offset", "must not be negative");
        assertRejected(() -> parser.searchQuery(params("offset", "1.5")), "offset", "whole number");
    }

    @Test
    void refusesUnknownAndRepeatedParametersRatherThanIgnoringThem() {
        assertRejected(() -> parser.searchQuery(params("reasonCode", "OTHER")), "reasonCode", "unknown parameter");
        assertRejected(() -> parser.searchQuery(params("status", "OPEN", "status", "ESCALATED")), "status",
                "given 2 times");
    }

    @Test
    void refusesIdsThatAreNotPositiveWholeNumbers() {
        assertThat(parser.disputeId("17")).isEqualTo(17L);
        assertRejected(() -> parser.disputeId("abc"), "id", "positive whole number");
        assertRejected(() -> parser.disputeId("-3"), "id", "positive whole number");
        assertRejected(() -> parser.disputeId("99999999999999999999"), "id", "positive whole number");
    }

    @Test
    void acceptsOnlyActiveReasonCodes() {
        List<DisputeReason> active = List.of(new DisputeReason("OTHER", "Other", 6));

        DisputeRequestParser.requireActiveReason("OTHER", active);
        assertRejected(() -> DisputeRequestParser.requireActiveReason("PRICING_ERROR", active), "reason",
                "active codes are OTHER");
    }

    @Test
    void shortensEchoedValuesSoAnErrorNeverRepeatsLongInput() {
        String longValue = "X".repeat(500);

        assertThatThrownBy(() -> parser.searchQuery(params("status", longValue)))
                .isInstanceOfSatisfying(RejectedRequestException.class,
                        e -> assertThat(e.apiError().error()).hasSizeLessThan(150));
    }

    private static MultiMap params(String... namesAndValues) {
        MultiMap map = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static void assertRejected(Runnable request, String field, String message) {
        assertThatThrownBy(request::run)
                .isInstanceOfSatisfying(RejectedRequestException.class, e -> {
                    assertThat(e.apiError().status()).isEqualTo(400);
                    assertThat(e.apiError().field()).isEqualTo(field);
                    assertThat(e.apiError().error()).contains(message);
                });
    }
}
