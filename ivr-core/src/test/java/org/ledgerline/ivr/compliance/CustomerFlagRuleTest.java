package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each flag stops calls with its own reason and no next-allowed time; cleared flags do not. */
class CustomerFlagRuleTest {
    private static final Instant SET_AT = Instant.parse("2026-07-01T15:00:00Z");
    private static final String NOON_JULY_15 = "2026-07-15T16:00:00Z";

    private static CustomerFlag flagOf(FlagKind kind) {
        return kind.perPhoneNumber()
                ? CustomerFlag.wrongNumber("+1 (212) 555-0100", "supervisor1", SET_AT, "a bakery answered")
                : CustomerFlag.set(kind, "supervisor1", SET_AT, "letter of 2026-06-30");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FlagKind.class)
    void anActiveFlagDeniesWithItsReasonAndNoNextTime(FlagKind kind) {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .flag(flagOf(kind))
                .decide("2125550100", NOON_JULY_15);

        assertThat(decision.reason()).contains(kind.reason());
        assertThat(decision.nextAllowedAt()).isEmpty();
        assertThat(decision.plainWords()).isEqualTo(kind.reason().description());
        assertThat(decision.check(ComplianceRule.CUSTOMER_FLAGS).inputs())
                .containsValue("active (" + kind.source() + ")")
                .hasKeySatisfying(new org.assertj.core.api.Condition<>(
                        key -> key.startsWith(kind + "") && key.contains("supervisor1")
                                && key.contains(SET_AT.toString()),
                        "who set it and when"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FlagKind.class)
    void aClearedFlagNoLongerStopsCalls(FlagKind kind) {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .flag(flagOf(kind).clear("supervisor2", Instant.parse("2026-07-10T15:00:00Z")))
                .decide("2125550100", NOON_JULY_15);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.check(ComplianceRule.CUSTOMER_FLAGS).inputs())
                .containsValue("cleared by supervisor2 at 2026-07-10T15:00:00Z");
    }

    @Test
    void aFlagClearedLaterStillStopsCallsBeforeItWasCleared() {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .flag(flagOf(FlagKind.DO_NOT_CALL).clear("supervisor2", Instant.parse("2026-07-20T15:00:00Z")))
                .decide("2125550100", NOON_JULY_15);

        assertThat(decision.reason()).contains(DenialReason.DO_NOT_CALL);
    }

    @Test
    void aWrongNumberStopsOnlyThatNumber() {
        InMemoryComplianceData data = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .flag(flagOf(FlagKind.WRONG_NUMBER));

        assertThat(data.decide("12125550100", NOON_JULY_15).reason()).contains(DenialReason.WRONG_NUMBER);
        assertThat(data.decide("2125550199", NOON_JULY_15).allowed()).isTrue();
    }

    @Test
    void severalFlagsGiveTheMostSeriousReasonAndTheAuditListsAll() {
        GateDecision decision = InMemoryComplianceData.customerIn("NY", "America/New_York")
                .flag(flagOf(FlagKind.DO_NOT_CALL))
                .flag(flagOf(FlagKind.BANKRUPTCY))
                .called(CallDisposition.CONVERSATION, "2026-07-14T14:00:00Z")
                .decide("2125550100", "2026-07-15T02:00:00Z");

        assertThat(decision.reason()).contains(DenialReason.BANKRUPTCY);
        assertThat(decision.allReasons()).containsExactly(DenialReason.BANKRUPTCY,
                DenialReason.RECENT_CONVERSATION, DenialReason.OUTSIDE_CALLING_HOURS);
        assertThat(decision.nextAllowedAt()).isEmpty();
    }

    @Test
    void aWrongNumberFlagNeedsTheNumberAndOtherFlagsRefuseOne() {
        assertThatThrownBy(() -> new CustomerFlag(FlagKind.WRONG_NUMBER, java.util.Optional.empty(), "s", SET_AT, "",
                java.util.Optional.empty(), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give the number");
        assertThatThrownBy(
                () -> new CustomerFlag(FlagKind.DECEASED, java.util.Optional.of("2125550100"), "s", SET_AT, "",
                        java.util.Optional.empty(), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give no phone number");
    }
}
