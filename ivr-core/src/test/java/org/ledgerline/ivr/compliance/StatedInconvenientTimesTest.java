package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Times the customer said are inconvenient, on top of 08:00-21:00. The New York customer said "not
 * before 10", "not between 9 and 5 on weekdays, I am at work" and "not after 7 pm"; so on weekdays only
 * 17:00-19:00 EDT is left, at weekends 10:00-19:00. 2026-07-15 is a Wednesday, Jul 18 a Saturday.
 */
class StatedInconvenientTimesTest {

    private static InMemoryComplianceData customerWhoWorksDays() {
        return InMemoryComplianceData.customerIn("NY", "America/New_York")
                .said(InconvenientTime.notBefore(LocalTime.of(10, 0), "collector1"))
                .said(new InconvenientTime(InconvenientTime.WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
                        "at work", "collector1"))
                .said(InconvenientTime.notAfter(LocalTime.of(19, 0), "collector2"));
    }

    @ParameterizedTest(name = "{0}: allowed={2}, reason {3}, next {4}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    Wed 07:00 EDT, before legal hours   | 2026-07-15T11:00:00Z | false | OUTSIDE_CALLING_HOURS      | 2026-07-15T21:00:00Z
                    Wed 09:30 EDT, before 10 and at work | 2026-07-15T13:30:00Z | false | CUSTOMER_INCONVENIENT_TIME | 2026-07-15T21:00:00Z
                    Wed 16:59 EDT, at work              | 2026-07-15T20:59:00Z | false | CUSTOMER_INCONVENIENT_TIME | 2026-07-15T21:00:00Z
                    Wed 17:00 EDT                       | 2026-07-15T21:00:00Z | true  |                            |
                    Wed 18:59 EDT                       | 2026-07-15T22:59:00Z | true  |                            |
                    Wed 19:00 EDT, after 7 pm           | 2026-07-15T23:00:00Z | false | CUSTOMER_INCONVENIENT_TIME | 2026-07-16T21:00:00Z
                    Fri 19:30 EDT: next is Saturday 10  | 2026-07-17T23:30:00Z | false | CUSTOMER_INCONVENIENT_TIME | 2026-07-18T14:00:00Z
                    Sat 09:00 EDT, before 10            | 2026-07-18T13:00:00Z | false | CUSTOMER_INCONVENIENT_TIME | 2026-07-18T14:00:00Z
                    Sat 12:00 EDT, not at work          | 2026-07-18T16:00:00Z | true  |                            |
                    """)
    void statedInconvenientTimesAreHonoured(String when, String now, boolean allowed, DenialReason reason,
            String nextAllowedAt) {
        GateDecision decision = customerWhoWorksDays().decide("2125550100", now);

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.reason()).isEqualTo(Optional.ofNullable(reason));
        assertThat(decision.nextAllowedAt()).isEqualTo(Optional.ofNullable(nextAllowedAt).map(Instant::parse));
    }

    @Test
    void afterSevenCallsTheWeekReopensAtMidnightButTheCustomerOnlyAtTen() {
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .said(InconvenientTime.notBefore(LocalTime.of(10, 0), "collector1"));
        for (int i = 0; i < 7; i++) {
            data.called(CallDisposition.NO_ANSWER, "2026-07-15T1" + (4 + i % 2) + ":0" + i + ":00Z");
        }
        GateDecision decision = data.decide("2125550100", "2026-07-15T16:00:00Z");

        assertThat(decision.reason()).contains(DenialReason.TOO_MANY_CALLS);
        assertThat(decision.nextAllowedAt()).contains(Instant.parse("2026-07-22T14:00:00Z"));
    }

    @ParameterizedTest(name = "customer says {0}-{1} every day")
    @CsvSource(delimiter = '|', textBlock = """
            00:00 | 00:00
            08:00 | 21:00
            """)
    void aCustomerWhoClosesEveryHourGetsNoNextTime(LocalTime from, LocalTime until) {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .said(new InconvenientTime(InconvenientTime.EVERY_DAY, from, until, "never", "collector1"))
                .decide("2125550100", "2026-07-15T16:00:00Z");

        assertThat(decision.reason()).contains(DenialReason.CUSTOMER_INCONVENIENT_TIME);
        assertThat(decision.nextAllowedAt()).isEmpty();
    }
}
