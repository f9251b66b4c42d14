package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.TranscriptEntry;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The node as shipped this session: the collector gate's ledger adapters do not exist yet, so the
 * node serves no {@code gate} script. A collector call reaching it is never approved: no
 * {@code LEDGERLINE_GATE=ALLOW}, no number to dial, and the call ends in error for the dialplan.
 */
class UnwiredCollectorGateIT {
    private static RunningServer node;

    @BeforeAll
    static void startNode() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void aCollectorCallIsNeverApprovedByANodeWithoutTheGatesPorts() {
        AgiEnvironment collectorCall = new AgiEnvironment("gate", "2001", "Ana", "PJSIP/2001-00000007",
                "1795510190.1", "en", "ledgerline-collectors", "2125550100", List.of("2125550100"));

        CallTranscript call = node.call(collectorCall, "_");

        assertThat(call.entriesOf(TranscriptEntry.VariableSet.class))
                .noneMatch(set -> set.name().startsWith("LEDGERLINE_"));
        assertThat(call.agiStatus()).contains("FAILED");
        assertThat(call.transferDestination()).contains("ledgerline-agents,s,1");
        assertThat(call.missingSounds()).isEmpty();
    }
}
