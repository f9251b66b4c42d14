package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerIdsTest {

    @Test
    void keepsOnlyTheDigitsOfAPresentedNumber() {
        assertThat(CallerIds.normalise("+1 (555) 100-1")).isEqualTo("15551001");
        assertThat(CallerIds.normalise("5551001")).isEqualTo("5551001");
    }

    @Test
    void turnsWithheldOrUnknownCallerIdIntoEmpty() {
        assertThat(CallerIds.normalise(null)).isEmpty();
        assertThat(CallerIds.normalise("unknown")).isEmpty();
        assertThat(CallerIds.normalise("Anonymous")).isEmpty();
        assertThat(CallerIds.normalise("")).isEmpty();
    }
}
