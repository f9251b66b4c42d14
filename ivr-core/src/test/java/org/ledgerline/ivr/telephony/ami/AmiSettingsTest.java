package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AmiSettingsTest {

    @Test
    void neverRendersTheSecret() {
        AmiSettings settings = new AmiSettings("pbx.local", 5038, "ledgerline", "hunter2-long", Duration.ofSeconds(2));

        assertThat(settings.toString()).doesNotContain("hunter2-long").contains("ledgerline", "pbx.local", "5038");
    }

    @Test
    void namesTheBadValue() {
        assertThatThrownBy(() -> new AmiSettings("pbx.local", 0, "ledgerline", "s", Duration.ofSeconds(2)))
                .hasMessageContaining("AMI port");
        assertThatThrownBy(() -> new AmiSettings("pbx.local", 5038, " ", "s", Duration.ofSeconds(2)))
                .hasMessageContaining("AMI username");
        assertThatThrownBy(() -> new AmiSettings("pbx.local", 5038, "ledgerline", "", Duration.ofSeconds(2)))
                .hasMessageContaining("AMI secret");
        assertThatThrownBy(() -> new AmiSettings("pbx.local", 5038, "ledgerline", "s", Duration.ZERO))
                .hasMessageContaining("AMI action timeout");
    }
}
