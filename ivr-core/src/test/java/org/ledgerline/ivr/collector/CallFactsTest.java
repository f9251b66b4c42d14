package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;

/** When a call has all its record needs (variables and its end), whichever comes first, exactly once. */
class CallFactsTest {
    private static final String CALL = "1764466000.41";
    private static final Instant T0 = Instant.parse("2026-11-30T15:00:00Z");
    private static final Map<String, String> VARIABLES = Map.of("LEDGERLINE_CALL_REF", "collector-1764466000-41");

    private static CallProgress at(CallPhase phase, int seconds) {
        return new CallProgress(CALL, phase, T0.plusSeconds(seconds), phase == CallPhase.DIALLING ? "" : "ANSWER",
                phase == CallPhase.ENDED ? 16 : 0, "", phase == CallPhase.ENDED
                        ? Optional.of(CallEndReason.HUNG_UP)
                        : Optional.empty());
    }

    @Test
    void variablesThatArriveAfterTheEndCompleteTheCallWithItsStartAnswerAndEnd() {
        CallRecorder.CallFacts facts = new CallRecorder.CallFacts(CALL);
        assertThat(facts.progressed(at(CallPhase.DIALLING, 0))).isEmpty();
        assertThat(facts.progressed(at(CallPhase.BRIDGED, 12))).isEmpty();
        assertThat(facts.progressed(at(CallPhase.ENDED, 70))).isEmpty();

        assertThat(facts.tagged("PJSIP/2001-00000041", VARIABLES)).hasValueSatisfying(call -> {
            assertThat(call.startedAt()).isEqualTo(T0);
            assertThat(call.answeredAt()).isEqualTo(T0.plusSeconds(12));
            assertThat(call.ended().at()).isEqualTo(T0.plusSeconds(70));
            assertThat(call.variables()).isEqualTo(VARIABLES);
        });
    }

    @Test
    void aRepeatedEndOrRepeatedVariablesNeverCompleteTheCallTwice() {
        CallRecorder.CallFacts facts = new CallRecorder.CallFacts(CALL);
        facts.progressed(at(CallPhase.DIALLING, 0));
        facts.tagged("PJSIP/2001-00000041", VARIABLES);

        assertThat(facts.progressed(at(CallPhase.ENDED, 30))).isPresent();
        assertThat(facts.progressed(at(CallPhase.ENDED, 31))).isEmpty();
        assertThat(facts.tagged("PJSIP/2001-00000041", Map.of())).isEmpty();
    }

    @Test
    void aCallThatWasNeverAnsweredHasNoAnswerTime() {
        CallRecorder.CallFacts facts = new CallRecorder.CallFacts(CALL);
        facts.tagged("PJSIP/2001-00000041", VARIABLES);
        facts.progressed(at(CallPhase.RINGING, 1));

        assertThat(facts.progressed(at(CallPhase.ENDED, 25))).hasValueSatisfying(call -> {
            assertThat(call.answeredAt()).isNull();
            assertThat(call.startedAt()).isEqualTo(T0.plusSeconds(1));
        });
    }
}
