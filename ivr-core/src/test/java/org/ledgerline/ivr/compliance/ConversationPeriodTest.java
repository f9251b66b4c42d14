package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No call within seven consecutive days after a telephone conversation about the debt, the date of the
 * conversation being the first day (1006.14(b)(2)(i)(B)). A New York customer talked with a collector
 * on Monday 2026-07-06 at 10:00 EDT: day 1 is Jul 6, day 7 is Sunday Jul 12, day 8 is Monday Jul 13.
 */
class ConversationPeriodTest {

    @ParameterizedTest(name = "{0} at {1}: allowed={2}, reason {3}, next {4}")
    @CsvSource(delimiter = '|', textBlock = """
            day 1, later that day  | 2026-07-06T18:00:00Z | false | RECENT_CONVERSATION   | 2026-07-13T12:00:00Z
            day 2                  | 2026-07-07T16:00:00Z | false | RECENT_CONVERSATION   | 2026-07-13T12:00:00Z
            day 6                  | 2026-07-11T16:00:00Z | false | RECENT_CONVERSATION   | 2026-07-13T12:00:00Z
            day 7, 20:59 EDT       | 2026-07-13T00:59:00Z | false | RECENT_CONVERSATION   | 2026-07-13T12:00:00Z
            day 8, 07:59 EDT       | 2026-07-13T11:59:00Z | false | OUTSIDE_CALLING_HOURS | 2026-07-13T12:00:00Z
            day 8, 08:00 EDT       | 2026-07-13T12:00:00Z | true  |                       |
            day 9                  | 2026-07-14T16:00:00Z | true  |                       |
            """)
    void noCallUntilTheEighthDayCountingTheConversationDayAsDayOne(String day, String now, boolean allowed,
            DenialReason reason, String nextAllowedAt) {
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .called(CallDisposition.CONVERSATION, "2026-07-06T14:00:00Z");

        GateDecision decision = data.decide("2125550100", now);

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.reason()).isEqualTo(Optional.ofNullable(reason));
        assertThat(decision.nextAllowedAt()).isEqualTo(Optional.ofNullable(nextAllowedAt).map(Instant::parse));
    }

    @Test
    void theConversationPeriodReopensAtLocalMidnightOfDayEight() {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .called(CallDisposition.CONVERSATION, "2026-07-06T14:00:00Z")
                .decide("2125550100", "2026-07-11T16:00:00Z");

        assertThat(decision.check(ComplianceRule.CONVERSATION_PERIOD).nextAllowedAt())
                .contains(Instant.parse("2026-07-13T04:00:00Z"));
    }

    @Test
    void aLateEveningConversationCountsOnTheConsumersLocalDate() {
        // 20:30 PDT on Jul 6 is already Jul 7 in UTC; day 8 is Jul 13 in Los Angeles, not Jul 14
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("CA", "America/Los_Angeles")
                .called(CallDisposition.CONVERSATION, "2026-07-07T03:30:00Z");

        assertThat(data.decide("2135550100", "2026-07-13T15:00:00Z").allowed()).isTrue();
        assertThat(data.decide("2135550100", "2026-07-13T06:59:00Z").check(ComplianceRule.CONVERSATION_PERIOD).passed())
                .isFalse();
    }

    @Test
    void aConversationOnACallTheCustomerPlacedStartsThePeriodToo() {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .calledIn(CallDisposition.CONVERSATION, "2026-07-06T14:00:00Z")
                .decide("2125550100", "2026-07-11T16:00:00Z");

        assertThat(decision.reason()).contains(DenialReason.RECENT_CONVERSATION);
    }

    @Test
    void aWrongPartyAnsweringIsNotAConversationWithTheConsumer() {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .called(CallDisposition.ANSWERED_NO_CONVERSATION, "2026-07-06T14:00:00Z")
                .called(CallDisposition.LEFT_MESSAGE, "2026-07-08T14:00:00Z")
                .decide("2125550100", "2026-07-11T16:00:00Z");

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void theLatestConversationDecidesAndDayEightFollowsTheSpringForward() {
        // conversations Feb 27 and Mon Mar 2 (EST); day 8 is Mon Mar 9, when New York is on EDT
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .called(CallDisposition.CONVERSATION, "2026-02-27T17:00:00Z")
                .called(CallDisposition.CONVERSATION, "2026-03-02T17:00:00Z")
                .decide("2125550100", "2026-03-07T16:00:00Z");

        assertThat(decision.check(ComplianceRule.CONVERSATION_PERIOD).nextAllowedAt())
                .contains(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(decision.nextAllowedAt()).contains(Instant.parse("2026-03-09T12:00:00Z"));
    }
}
