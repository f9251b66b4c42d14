package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who hears "this call is recorded": everyone by default, else customers who may be in an all-party state. */
class RecordingAnnouncementTest {
    private static final AllPartyConsentStates STATES = AllPartyConsentStates.load();
    private final RecordingAnnouncement onlyWhereRequired = new RecordingAnnouncement(false, STATES,
            InMemoryComplianceData.AREA_CODES);

    @Test
    void byDefaultTheBusinessAnnouncesEveryCall() {
        RecordingAnnouncement.Decision decision = RecordingAnnouncement.defaults().decide(Optional.of("TX"),
                "2145550100");

        assertThat(decision.announce()).isTrue();
        assertThat(decision.why()).isEqualTo("the business announces every call");
    }

    @ParameterizedTest(name = "address {0}, number {1}: announce={2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            CA | 2135550100 | true
            FL | 3055550100 | true
            WA | 2065550100 | true
            PA | 2155550100 | true
            TX | 2145550100 | false
            NY | 2125550100 | false
            TX | 4155550100 | true
            MI | 3135550100 | true
            DE | 3025550100 | true
            -  | 9995550100 | true
            -  | 2145550100 | false
            """)
    void withoutAnnounceEveryCallOnlyAllPartyConsentStatesHearIt(String addressState, String number, boolean announce) {
        RecordingAnnouncement.Decision decision = onlyWhereRequired.decide(Optional.ofNullable(addressState), number);

        assertThat(decision.announce()).as(decision.why()).isEqualTo(announce);
    }

    @Test
    void theTableNamesTheStatuteOfEachStateTheIssueNames() {
        assertThat(STATES.all()).containsKeys("CA", "FL", "IL", "MD", "MA", "MT", "NH", "PA", "WA");
        assertThat(STATES.lookUp("CA").orElseThrow().source()).contains("632");
        assertThat(STATES.lookUp("FL").orElseThrow().source()).contains("934.03");
        assertThat(STATES.lookUp("IL").orElseThrow().source()).contains("720 ILCS 5/14-2");
        assertThat(STATES.lookUp("MI").orElseThrow().rule()).isEqualTo("debated");
        assertThat(STATES.all().values()).allSatisfy(state -> assertThat(state.source()).isNotBlank());
        assertThat(STATES.lookUp("TX")).isEmpty();
    }
}
