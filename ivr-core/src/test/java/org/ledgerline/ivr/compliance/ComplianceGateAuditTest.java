package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every decision carries each rule's verdict and the inputs it used, so it can be audited by hand. */
class ComplianceGateAuditTest {

    @Test
    void anAllowedCallStillShowsEveryRuleAndItsInputs() {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .called(CallDisposition.NO_ANSWER, "2026-07-14T14:00:00Z")
                .called(CallDisposition.BUSY, "2026-07-14T15:00:00Z")
                .decide("2135550100", "2026-07-15T16:00:00Z");

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.plainWords()).isEqualTo("The call may be placed.");
        assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2026-07-15T16:00:00Z"));
        assertThat(decision.request().collector()).isEqualTo("collector1");
        assertThat(decision.checks()).extracting(RuleCheck::rule).containsExactly(ComplianceRule.values());
        assertThat(decision.checks()).allSatisfy(check -> assertThat(check.inputs()).isNotEmpty());
        assertThat(decision.zones()).extracting(Object::toString)
                .containsExactlyInAnyOrder("America/New_York", "America/Los_Angeles");
        assertThat(decision.check(ComplianceRule.CONSUMER_LOCATION).inputs())
                .containsEntry("address", "NY America/New_York")
                .containsEntry("number 2135550100", "[America/Los_Angeles]");
        assertThat(decision.check(ComplianceRule.CALL_FREQUENCY).inputs())
                .containsEntry("placed calls 2026-07-09..2026-07-15 America/New_York", "1 [call-1]")
                .containsEntry("not counted", "[call-2 OUTBOUND BUSY]");
        assertThat(decision.check(ComplianceRule.CALLING_HOURS).inputs())
                .containsEntry("local time America/Los_Angeles", "2026-07-15T09:00-07:00");
    }

    @Test
    void anUnknownLocationIsRefusedWithoutGuessingAZoneOrATime() {
        GateDecision decision = new InMemoryComplianceData().decide("9995550100", "2026-07-15T16:00:00Z");

        assertThat(decision.reason()).contains(DenialReason.LOCATION_UNKNOWN);
        assertThat(decision.nextAllowedAt()).isEmpty();
        assertThat(decision.zones()).isEmpty();
    }

    @Test
    void withoutAnAddressTheAreaCodeZoneIsUsed() {
        GateDecision decision = new InMemoryComplianceData().decide("8085550100", "2026-07-15T16:00:00Z");

        assertThat(decision.reason()).contains(DenialReason.OUTSIDE_CALLING_HOURS);
        assertThat(decision.nextAllowedAt()).contains(Instant.parse("2026-07-15T18:00:00Z"));
    }
}
