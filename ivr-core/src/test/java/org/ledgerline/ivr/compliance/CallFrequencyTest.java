package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More than seven placed calls about a debt within seven consecutive local days (1006.14(b)(2)(i)(A)).
 * The customer lives in New York unless a row says otherwise; "now" is Wednesday 2026-07-15 at noon
 * EDT (16:00Z), well inside calling hours, so only the frequency rule can refuse.
 */
class CallFrequencyTest {
    private static final String NOON_JULY_15 = "2026-07-15T16:00:00Z";

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("six calls on the six days before: the seventh is allowed",
                        days("2026-07-09", "2026-07-10", "2026-07-11", "2026-07-12", "2026-07-13", "2026-07-14"),
                        null, null),
                Arguments.of("seven calls on Jul 9..15: the eighth is refused until Jul 9 leaves the window",
                        days("2026-07-09", "2026-07-10", "2026-07-11", "2026-07-12", "2026-07-13", "2026-07-14",
                                "2026-07-15"),
                        "2026-07-16T04:00:00Z", "2026-07-16T12:00:00Z"),
                Arguments.of("seven calls on Jul 8..14: Jul 8 is outside the window, so only six count",
                        days("2026-07-08", "2026-07-09", "2026-07-10", "2026-07-11", "2026-07-12", "2026-07-13",
                                "2026-07-14"),
                        null, null),
                Arguments.of("seven calls this morning: refused for the whole week",
                        days("2026-07-15", "2026-07-15", "2026-07-15", "2026-07-15", "2026-07-15", "2026-07-15",
                                "2026-07-15"),
                        "2026-07-22T04:00:00Z", "2026-07-22T12:00:00Z"),
                Arguments.of("two on Jul 10 and five on Jul 13: Jul 16 still holds seven, Jul 17 holds five",
                        days("2026-07-10", "2026-07-10", "2026-07-13", "2026-07-13", "2026-07-13", "2026-07-13",
                                "2026-07-13"),
                        "2026-07-17T04:00:00Z", "2026-07-17T12:00:00Z"),
                Arguments.of("eight calls: the oldest falling out is not enough, the second oldest must too",
                        days("2026-07-09", "2026-07-10", "2026-07-10", "2026-07-14", "2026-07-14", "2026-07-14",
                                "2026-07-14", "2026-07-14"),
                        "2026-07-17T04:00:00Z", "2026-07-17T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void theEighthPlacedCallWithinSevenLocalDaysIsRefused(String why, String[] callDays, String ruleReopens,
            String nextAllowedAt) {
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("NY", "America/New_York");
        for (int i = 0; i < callDays.length; i++) {
            // 09:00, 09:10, ... EDT: all inside calling hours and before noon
            data.called(CallDisposition.NO_ANSWER, callDays[i] + "T13:" + (10 + i) + ":00Z");
        }
        GateDecision decision = data.decide("2125550100", NOON_JULY_15);

        RuleCheck frequency = decision.check(ComplianceRule.CALL_FREQUENCY);
        assertThat(frequency.passed()).as(frequency.inputs().toString()).isEqualTo(ruleReopens == null);
        assertThat(frequency.nextAllowedAt()).isEqualTo(Optional.ofNullable(ruleReopens).map(Instant::parse));
        assertThat(decision.reason()).isEqualTo(Optional.ofNullable(ruleReopens).map(r -> DenialReason.TOO_MANY_CALLS));
        // the rule reopens at local midnight; the call may next be placed at 08:00 that day
        assertThat(decision.nextAllowedAt()).isEqualTo(Optional.ofNullable(nextAllowedAt).map(Instant::parse));
    }

    @ParameterizedTest(name = "seven {0} calls")
    @EnumSource(value = CallDisposition.class, names = "CONVERSATION", mode = EnumSource.Mode.EXCLUDE)
    void eachDispositionCountsAsItsTableSays(CallDisposition disposition) {
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("NY", "America/New_York");
        for (int day = 9; day <= 15; day++) {
            data.called(disposition, "2026-07-%02dT13:00:00Z".formatted(day));
        }
        GateDecision decision = data.decide("2125550100", NOON_JULY_15);

        assertThat(decision.allowed()).isEqualTo(!disposition.countsAsPlacedCall());
        assertThat(disposition.countsAsPlacedCall()).isEqualTo(switch (disposition) {
            case BUSY, NOT_CONNECTED, SWITCH_FAILURE -> false;
            default -> true;
        });
    }

    @Test
    void callsTheCustomerPlacedToUsAreNotCallsWePlaced() {
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("NY", "America/New_York");
        for (int day = 9; day <= 15; day++) {
            data.calledIn(CallDisposition.ANSWERED_NO_CONVERSATION, "2026-07-%02dT13:00:00Z".formatted(day));
        }
        assertThat(data.decide("2125550100", NOON_JULY_15).allowed()).isTrue();
    }

    @Test
    void daysAreTheConsumersLocalDaysNotUtcDays() {
        // A Los Angeles customer: 2026-07-09T05:00Z is 22:00 PDT on Jul 8, outside the window Jul 9..15.
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("CA", "America/Los_Angeles");
        data.called(CallDisposition.NO_ANSWER, "2026-07-09T05:00:00Z");
        for (int day = 10; day <= 15; day++) {
            data.called(CallDisposition.NO_ANSWER, "2026-07-" + day + "T17:00:00Z");
        }
        assertThat(data.decide("2135550100", "2026-07-15T18:00:00Z").allowed()).isTrue();

        data.called(CallDisposition.NO_ANSWER, "2026-07-15T16:00:00Z");
        GateDecision eighth = data.decide("2135550100", "2026-07-15T18:00:00Z");
        assertThat(eighth.reason()).contains(DenialReason.TOO_MANY_CALLS);
        // the oldest counted call is on Jul 10 local: open again Jul 17 00:00 PDT, callable 08:00 PDT
        assertThat(eighth.check(ComplianceRule.CALL_FREQUENCY).nextAllowedAt())
                .contains(Instant.parse("2026-07-17T07:00:00Z"));
        assertThat(eighth.nextAllowedAt()).contains(Instant.parse("2026-07-17T15:00:00Z"));
    }

    @Test
    void theWeekReopensAtLocalMidnightAcrossTheSpringForward() {
        // Seven calls Mar 2..8 (Mar 8 is spring-forward day); Mar 9 00:00 EDT is 04:00Z, 08:00 EDT is 12:00Z
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("NY", "America/New_York");
        for (int day = 2; day <= 8; day++) {
            data.called(CallDisposition.LEFT_MESSAGE, "2026-03-0" + day + "T15:00:00Z");
        }
        GateDecision decision = data.decide("2125550100", "2026-03-08T20:00:00Z");
        assertThat(decision.check(ComplianceRule.CALL_FREQUENCY).nextAllowedAt())
                .contains(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(decision.nextAllowedAt()).contains(Instant.parse("2026-03-09T12:00:00Z"));
    }

    private static String[] days(String... days) {
        return days;
    }
}
