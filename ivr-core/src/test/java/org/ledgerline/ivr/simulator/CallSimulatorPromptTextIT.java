package org.ledgerline.ivr.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.telephony.agi.AgiMetrics;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.ivr.telephony.agi.FastAgiServer;
import picocli.CommandLine;

/**
 * The {@code call} simulator with its texts from a prompt catalog that lacks some of the files the
 * server plays (as when the node's catalog is newer, or it plays a recording): those prompts are
 * printed by file name alone and the call is printed to its end.
 */
class CallSimulatorPromptTextIT {

    @Test
    void promptsTheCatalogLacksArePrintedByFileNameAndTheCallGoesOn() throws Exception {
        PromptCatalog onlyTheMenu = PromptCatalog.of("en", Map.of("en", Map.of("menu", "Press 9 to hear this again.")));
        CallScript script = new CallScript(SimulatorCommandsIT.MENU_FLOW, SimulatorCommandsIT.SOUNDS,
                new AgiMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
        FastAgiServer server = new FastAgiServer(script, InetAddress.getLoopbackAddress(), 0, 8,
                FastAgiServer.LOOPBACK_ONLY);
        server.start();
        try {
            StringWriter printed = new StringWriter();
            CommandLine cli = new CommandLine(new CallSimulatorCommand(new CatalogPromptTexts(() -> onlyTheMenu)));
            cli.setOut(new PrintWriter(printed));

            int exit = cli.execute("--port", String.valueOf(server.port()), "--keys", "5");

            assertThat(exit).isZero();
            assertThat(printed.toString().lines())
                    .contains("  << welcome", "  << menu: \"Press 9 to hear this again.\"", "  << goodbye",
                            "  == LedgerLine hangs up");
        } finally {
            server.stop();
        }
    }
}
