package org.ledgerline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialplanDestinationTest {

    @Test
    void parsesContextExtensionAndPriority() {
        DialplanDestination destination = DialplanDestination.parse("ledgerline-agents, s ,1");

        assertThat(destination).isEqualTo(new DialplanDestination("ledgerline-agents", "s", "1"));
        assertThat(destination.toString()).isEqualTo("ledgerline-agents,s,1");
    }

    @Test
    void namesTheWrongPart() {
        assertThatThrownBy(() -> DialplanDestination.parse("agents,s"))
                .hasMessageContaining("context,extension,priority");
        assertThatThrownBy(() -> DialplanDestination.parse("agents,,1")).hasMessageContaining("extension");
        assertThatThrownBy(() -> DialplanDestination.parse("my agents,s,1")).hasMessageContaining("context");
    }
}
