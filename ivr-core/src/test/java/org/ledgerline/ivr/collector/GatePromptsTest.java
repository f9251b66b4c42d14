package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.compliance.DenialReason;
import org.ledgerline.ivr.prompt.PromptCatalog;

/** Every refusal can be spoken, in the same words the desk will show. */
class GatePromptsTest {
    private static final PromptCatalog CATALOG = PromptCatalog.fromClasspath();
    private final GatePrompts prompts = new GatePrompts(InMemoryCollectorPorts.SAY);

    @Test
    void everyComplianceReasonHasAPromptWithTheReasonsOwnWords() {
        for (DenialReason reason : DenialReason.values()) {
            String key = GatePrompts.reasonKey(reason.name());
            assertThat(CATALOG.contains(key)).as(key).isTrue();
            assertThat(CATALOG.text("en", key)).as(key).isEqualTo(reason.description());
        }
    }

    @Test
    void everyCollectorDenialHasAPromptWithItsOwnWords() {
        for (CollectorDenial denial : CollectorDenial.values()) {
            String key = GatePrompts.reasonKey(denial.name());
            assertThat(CATALOG.contains(key)).as(key).isTrue();
            assertThat(CATALOG.text("en", key)).as(key).isEqualTo(denial.description());
        }
    }

    @Test
    void noCollectorDenialSharesANameWithAComplianceReason() {
        for (CollectorDenial denial : CollectorDenial.values()) {
            assertThat(DenialReason.values()).extracting(Enum::name).doesNotContain(denial.name());
        }
    }

    @Test
    void theNextAllowedTimeIsSpokenInTheCustomersZoneWithMinutesAndHalfOfTheDay() {
        // 21:05 UTC is 14:05 in Phoenix (no DST), 17:05 in New York.
        Instant at = Instant.parse("2026-07-15T21:05:00Z");

        assertThat(prompts.nextAllowed(at, ZoneId.of("America/Phoenix")).keys()).containsSubsequence(
                "collector-gate-next-allowed", "collector-gate-at", "num-2", "word-oh", "num-5", "time-pm",
                "collector-gate-customer-time");
        assertThat(prompts.nextAllowed(Instant.parse("2026-07-15T04:00:00Z"), ZoneId.of("America/New_York")).keys())
                .containsSubsequence("collector-gate-at", "num-12", "time-am").doesNotContain("word-oh");
    }

    @Test
    void everyKeyTheGateCanSayIsInTheCatalog() {
        assertThat(prompts.nextAllowed(Instant.parse("2026-11-01T06:45:00Z"), ZoneId.of("America/Chicago")).keys())
                .allMatch(CATALOG::contains);
        assertThat(CATALOG.contains(GatePrompts.RECORDING_ANNOUNCEMENT)).isTrue();
        assertThat(CATALOG.contains(GatePrompts.NOT_PLACED)).isTrue();
    }
}
