package org.ledgerline.ivr.collector.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.compliance.CallRequest;
import org.ledgerline.ivr.compliance.DenialReason;
import org.ledgerline.ivr.compliance.GateDecision;
import org.ledgerline.ivr.dispute.desk.DeskFormat;

class CallableNowTest {
    private static final Instant NOW = Instant.parse("2026-11-24T16:30:00Z");
    private static final DeskFormat FORMAT = new DeskFormat(ZoneId.of("America/New_York"));
    private static final CallRequest REQUEST = new CallRequest("collector1", 1, 2, "2125550141");

    @Test
    void anAllowedDecisionIsCallableWithNothingToExplain() {
        CallableNow now = CallableNow.of(new GateDecision(REQUEST, NOW, Optional.empty(), Optional.empty(), Set.of(),
                List.of()), NOW, FORMAT);

        assertThat(now).isEqualTo(new CallableNow(true, "", "", "", ""));
    }

    @Test
    void aDenialSaysWhyInPlainWordsAndWhenNextInTheBusinessZone() {
        Instant next = Instant.parse("2026-11-25T13:00:00Z");
        CallableNow now = CallableNow.of(new GateDecision(REQUEST, NOW, Optional.of(DenialReason.OUTSIDE_CALLING_HOURS),
                Optional.of(next), Set.of(), List.of()), NOW, FORMAT);

        assertThat(now.callable()).isFalse();
        assertThat(now.reasonCode()).isEqualTo("OUTSIDE_CALLING_HOURS");
        assertThat(now.reason()).isEqualTo(DenialReason.OUTSIDE_CALLING_HOURS.description());
        assertThat(now.nextAllowedAt()).isEqualTo("2026-11-25 08:00 America/New_York");
        assertThat(now.nextAllowedIn()).isEqualTo("in 20 h 30 min");
    }

    @Test
    void aFlagHasNoNextTime() {
        CallableNow now = CallableNow.of(new GateDecision(REQUEST, NOW, Optional.of(DenialReason.DO_NOT_CALL),
                Optional.empty(), Set.of(), List.of()), NOW, FORMAT);

        assertThat(now.nextAllowedAt()).isEmpty();
        assertThat(now.nextAllowedIn()).isEmpty();
    }

    @Test
    void distancesReadAsMinutesHoursOrDays() {
        assertThat(CallableNow.distance(NOW, NOW.plusSeconds(45 * 60))).isEqualTo("in 45 min");
        assertThat(CallableNow.distance(NOW, NOW.plusSeconds(3 * 3600))).isEqualTo("in 3 h");
        assertThat(CallableNow.distance(NOW, NOW.plusSeconds(2 * 86400 + 4 * 3600 + 120))).isEqualTo("in 2 days 4 h");
        assertThat(CallableNow.distance(NOW, NOW.plusSeconds(1))).isEqualTo("in 1 min");
        assertThat(CallableNow.distance(NOW, NOW.minusSeconds(5))).isEqualTo("now");
    }
}
