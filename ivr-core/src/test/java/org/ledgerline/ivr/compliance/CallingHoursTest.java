package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 08:00-21:00 at the consumer's location (1006.6(b)(1)(i)) with the JDK's real zone rules: both 2026
 * DST transitions (spring forward Sunday 2026-03-08, fall back Sunday 2026-11-01) in the four
 * mainland zones, Arizona and Hawaii without DST, and Alaska. Every expected instant is worked out by
 * hand from the zone's offset on that local day; an empty next-allowed column means the call is allowed.
 */
class CallingHoursTest {

    @ParameterizedTest(name = "{0} ({1}) at {3}: allowed={4}, next {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # the night before spring forward is an hour short: 21:00 EST to 08:00 EDT is 10 real hours
            America/New_York    | NY | 2125550100 | 2026-03-08T02:00:00Z | false | 2026-03-08T12:00:00Z
            America/New_York    | NY | 2125550100 | 2026-03-08T07:30:00Z | false | 2026-03-08T12:00:00Z
            America/New_York    | NY | 2125550100 | 2026-03-08T11:59:59Z | false | 2026-03-08T12:00:00Z
            America/New_York    | NY | 2125550100 | 2026-03-08T12:00:00Z | true  |
            America/New_York    | NY | 2125550100 | 2026-03-07T12:30:00Z | false | 2026-03-07T13:00:00Z
            # the night before fall back is an hour long: 21:00 EDT to 08:00 EST is 12 real hours
            America/New_York    | NY | 2125550100 | 2026-11-01T01:00:00Z | false | 2026-11-01T13:00:00Z
            America/New_York    | NY | 2125550100 | 2026-11-01T05:30:00Z | false | 2026-11-01T13:00:00Z
            America/New_York    | NY | 2125550100 | 2026-11-01T06:30:00Z | false | 2026-11-01T13:00:00Z
            America/New_York    | NY | 2125550100 | 2026-11-01T12:30:00Z | false | 2026-11-01T13:00:00Z
            America/New_York    | NY | 2125550100 | 2026-11-01T13:00:00Z | true  |
            America/New_York    | NY | 2125550100 | 2026-11-02T01:59:59Z | true  |
            America/New_York    | NY | 2125550100 | 2026-11-02T02:00:00Z | false | 2026-11-02T13:00:00Z
            America/Chicago     | IL | 3125550100 | 2026-03-08T03:00:00Z | false | 2026-03-08T13:00:00Z
            America/Chicago     | IL | 3125550100 | 2026-03-08T12:59:59Z | false | 2026-03-08T13:00:00Z
            America/Chicago     | IL | 3125550100 | 2026-03-08T13:00:00Z | true  |
            America/Chicago     | IL | 3125550100 | 2026-11-01T02:00:00Z | false | 2026-11-01T14:00:00Z
            America/Chicago     | IL | 3125550100 | 2026-11-01T13:30:00Z | false | 2026-11-01T14:00:00Z
            America/Chicago     | IL | 3125550100 | 2026-11-01T14:00:00Z | true  |
            America/Denver      | CO | 3035550100 | 2026-03-08T13:59:00Z | false | 2026-03-08T14:00:00Z
            America/Denver      | CO | 3035550100 | 2026-03-08T14:00:00Z | true  |
            America/Denver      | CO | 3035550100 | 2026-11-01T03:00:00Z | false | 2026-11-01T15:00:00Z
            America/Denver      | CO | 3035550100 | 2026-11-01T14:30:00Z | false | 2026-11-01T15:00:00Z
            America/Los_Angeles | CA | 2135550100 | 2026-03-08T05:00:00Z | false | 2026-03-08T15:00:00Z
            America/Los_Angeles | CA | 2135550100 | 2026-03-08T14:59:59Z | false | 2026-03-08T15:00:00Z
            America/Los_Angeles | CA | 2135550100 | 2026-03-08T15:00:00Z | true  |
            America/Los_Angeles | CA | 2135550100 | 2026-11-01T15:30:00Z | false | 2026-11-01T16:00:00Z
            America/Los_Angeles | CA | 2135550100 | 2026-11-02T04:59:00Z | true  |
            America/Los_Angeles | CA | 2135550100 | 2026-11-02T05:00:00Z | false | 2026-11-02T16:00:00Z
            # Arizona keeps MST: on spring-forward day Denver opens at 14:00Z, Phoenix only at 15:00Z
            America/Phoenix     | AZ | 6025550100 | 2026-03-08T14:30:00Z | false | 2026-03-08T15:00:00Z
            America/Phoenix     | AZ | 4805550100 | 2026-07-15T14:59:00Z | false | 2026-07-15T15:00:00Z
            America/Phoenix     | AZ | 5205550100 | 2026-07-15T15:00:00Z | true  |
            America/Phoenix     | AZ | 6235550100 | 2026-07-16T04:00:00Z | false | 2026-07-16T15:00:00Z
            America/Phoenix     | AZ | 6025550100 | 2026-11-01T15:00:00Z | true  |
            Pacific/Honolulu    | HI | 8085550100 | 2026-03-08T17:59:00Z | false | 2026-03-08T18:00:00Z
            Pacific/Honolulu    | HI | 8085550100 | 2026-07-15T18:00:00Z | true  |
            Pacific/Honolulu    | HI | 8085550100 | 2026-11-02T07:00:00Z | false | 2026-11-02T18:00:00Z
            America/Anchorage   | AK | 9075550100 | 2026-03-08T15:59:00Z | false | 2026-03-08T16:00:00Z
            America/Anchorage   | AK | 9075550100 | 2026-03-08T16:00:00Z | true  |
            America/Anchorage   | AK | 9075550100 | 2026-11-01T16:30:00Z | false | 2026-11-01T17:00:00Z
            America/Anchorage   | AK | 9075550100 | 2026-07-16T05:00:00Z | false | 2026-07-16T16:00:00Z
            """)
    void callsOnlyBetweenEightAndNineLocalTime(String zone, String state, String phone, String now,
            boolean allowed, String nextAllowedAt) {
        GateDecision decision = InMemoryComplianceData.customerIn(state, zone).decide(phone, now);

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (allowed) {
            assertThat(decision.nextAllowedAt()).isEmpty();
        } else {
            assertThat(decision.reason()).contains(DenialReason.OUTSIDE_CALLING_HOURS);
            assertThat(decision.nextAllowedAt()).contains(Instant.parse(nextAllowedAt));
        }
    }

    @ParameterizedTest(name = "lives in {0}, number {1}, at {2}: allowed={3}, next {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # New York address, Los Angeles mobile: 08:00 PDT (15:00Z) to 21:00 EDT (01:00Z)
            America/New_York    | 2135550100 | 2026-07-15T13:00:00Z | false | 2026-07-15T15:00:00Z
            America/New_York    | 2135550100 | 2026-07-15T15:00:00Z | true  |
            America/New_York    | 2135550100 | 2026-07-16T01:00:00Z | false | 2026-07-16T15:00:00Z
            America/Los_Angeles | 2125550100 | 2026-07-16T00:30:00Z | true  |
            America/Los_Angeles | 2125550100 | 2026-07-16T01:00:00Z | false | 2026-07-16T15:00:00Z
            # Honolulu address, New York number: 08:00 HST (18:00Z) to 21:00 EDT (01:00Z)
            Pacific/Honolulu    | 2125550100 | 2026-07-15T17:59:00Z | false | 2026-07-15T18:00:00Z
            # Phoenix address, Chicago number, across fall back: Chicago reopens 14:00Z, Phoenix 15:00Z
            America/Phoenix     | 3125550100 | 2026-11-01T02:30:00Z | false | 2026-11-01T15:00:00Z
            America/Phoenix     | 3125550100 | 2026-11-02T02:30:00Z | true  |
            # Anchorage address, 907 number: 907 also covers Adak, but the address is one of its zones
            America/Anchorage   | 9075550100 | 2026-07-15T16:00:00Z | true  |
            # Seattle address, 907 number: Anchorage and Adak both apply (08:00 HDT is 17:00Z in summer)
            America/Los_Angeles | 9075550100 | 2026-07-15T16:30:00Z | false | 2026-07-15T17:00:00Z
            # an area code the table does not know: the address zone alone
            America/New_York    | 9995550100 | 2026-07-15T12:00:00Z | true  |
            """)
    void aNumberInAnotherZoneMustBeConvenientInBoth(String addressZone, String phone, String now,
            boolean allowed, String nextAllowedAt) {
        GateDecision decision = InMemoryComplianceData.customerIn("XX", addressZone).decide(phone, now);

        assertThat(decision.allowed()).as(decision.checks().toString()).isEqualTo(allowed);
        assertThat(decision.nextAllowedAt()).isEqualTo(Optional.ofNullable(nextAllowedAt).map(Instant::parse));
    }
}
