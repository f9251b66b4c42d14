package org.ledgerline.ivr.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.call.CallOutcome;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.prompt.SoundLibrary;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.ivr.telephony.agi.AgiMetrics;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.ivr.telephony.agi.FastAgiServer;
import picocli.CommandLine;

/** The {@code call} simulator and a tiny {@code bench} smoke run against a synthetic menu flow. */
class SimulatorCommandsIT {

    /** A menu the caller sits in: 9 repeats it, 0 goes to an agent, anything else says goodbye. */
    static final CallHandler MENU_FLOW = (flowName, session) -> {
        CallChannel channel = session.channel();
        channel.play(Utterance.of("welcome"));
        while (true) {
            DigitInput choice = channel.collect(Utterance.of("menu"), DigitSpec.singleKey(Duration.ofSeconds(5)));
            if (choice.digits().equals("9")) {
                continue;
            }
            if (choice.digits().equals("0")) {
                channel.transfer("ledgerline-agents,100,1");
                return CallOutcome.TRANSFERRED;
            }
            channel.play(Utterance.of("goodbye"));
            channel.hangup();
            return CallOutcome.COMPLETED;
        }
    };

    static final SoundLibrary SOUNDS = new SoundLibrary() {
        @Override
        public String fileFor(String language, String key) {
            return "/var/lib/ledgerline/sounds/" + language + "/" + key;
        }

        @Override
        public String beepFile() {
            return "/var/lib/ledgerline/sounds/tones/ledgerline-record-beep";
        }

        @Override
        public String textFor(String language, String key) {
            return key.equals("menu") ? "Press 9 to hear this again, 0 for an agent." : "Hello.";
        }
    };

    @Test
    void callCommandPrintsPromptsWithTheirTextKeysAndTheTransfer() throws Exception {
        CallScript script = new CallScript(MENU_FLOW, SOUNDS, new AgiMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC());
        FastAgiServer server = new FastAgiServer(script, InetAddress.getLoopbackAddress(), 0, 64,
                FastAgiServer.LOOPBACK_ONLY);
        server.start();
        try {
            StringWriter printed = new StringWriter();
            CommandLine cli = new CommandLine(new CallSimulatorCommand(SOUNDS::textFor));
            cli.setOut(new PrintWriter(printed));

            int exit = cli.execute("--port", String.valueOf(server.port()), "--from", "5551001", "--keys", "9 0");

            assertThat(exit).isZero();
            assertThat(printed.toString())
                    .contains("<< welcome: \"Hello.\"")
                    .contains("<< menu: \"Press 9 to hear this again, 0 for an agent.\"")
                    .contains(">> key 9 (barge-in)")
                    .contains(">> key 0 (barge-in)")
                    .contains("== transferred to ledgerline-agents,100,1");
        } finally {
            server.stop();
        }
    }

    @Test
    void benchmarkSmokeRunHoldsAllCallsAndMeasuresEachPhase() throws Exception {
        LoadPlan plan = new LoadPlan(20, Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(20),
                "menu", "5551001", "", '9', Duration.ofSeconds(20), null);

        BenchmarkRun.Result result = BenchmarkRun.run(BenchmarkRun.ServerKind.FAST, MENU_FLOW, SOUNDS, plan);

        LoadReport load = result.load();
        assertThat(load.connected()).isEqualTo(20);
        assertThat(load.held()).isEqualTo(20);
        assertThat(load.rejected() + load.failed() + load.endedEarly()).isZero();
        assertThat(load.maxHeld()).isEqualTo(20);
        assertThat(load.heldAtRelease()).isEqualTo(20);
        assertThat(load.setupTurnaround().count()).isPositive();
        assertThat(load.steadyTurnaround().count()).isGreaterThan(20);
        assertThat(load.steadyTurnaround().p99()).isGreaterThanOrEqualTo(load.steadyTurnaround().p50()).isPositive();
        assertThat(load.setupsPerSecond()).isPositive();
        assertThat(result.heapPerCallBytes()).isNotNegative();
        assertThat(result.describe()).contains("FastAgiServer", "max calls held at once          20");
    }

    @Test
    void benchAgainstARunningNodePlaysEachPromptForItsRecordedLength(@TempDir Path sounds) throws Exception {
        for (String prompt : new String[] {"welcome", "menu", "goodbye"}) {
            Files.write(sounds.resolve(prompt + ".wav"), new byte[44 + 400 * 2]); // 50 ms at 8 kHz
        }
        SoundLibrary recorded = new SoundLibrary() {
            @Override
            public String fileFor(String language, String key) {
                return sounds.resolve(key).toString();
            }

            @Override
            public String beepFile() {
                return sounds.resolve("ledgerline-record-beep").toString();
            }

            @Override
            public String textFor(String language, String key) {
                return key;
            }
        };
        CallScript script = new CallScript(MENU_FLOW, recorded, new AgiMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC());
        FastAgiServer server = new FastAgiServer(script, InetAddress.getLoopbackAddress(), 0, 64,
                FastAgiServer.LOOPBACK_ONLY);
        server.start();
        try {
            StringWriter printed = new StringWriter();
            CommandLine cli = new CommandLine(BenchmarkCommand.againstRunningServer());
            cli.setOut(new PrintWriter(printed));

            // Ten-minute fixed prompts: the calls can only be held within the set-up timeout if
            // every prompt plays for its recorded 50 ms instead.
            int exit = cli.execute("--target", "127.0.0.1:" + server.port(), "--calls", "5", "--keys", "",
                    "--ramp-up-ms", "100", "--setup-timeout-ms", "20000", "--hold-ms", "500",
                    "--playback-ms", "600000", "--sounds-dir", sounds.toString());

            assertThat(exit).isZero();
            assertThat(printed.toString())
                    .contains("prompts as recorded in " + sounds)
                    .contains("calls connected / held          5 / 5")
                    .contains("rejected / failed / ended early 0 / 0 / 0");
        } finally {
            server.stop();
        }
    }
}
