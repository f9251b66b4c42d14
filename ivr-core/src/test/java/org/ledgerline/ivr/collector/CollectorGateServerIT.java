package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.call.DialplanDestination;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.compliance.CustomerFlag;
import org.ledgerline.ivr.compliance.FlagKind;
import org.ledgerline.ivr.prompt.CatalogSoundLibrary;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.AsteriskAgiEmulator;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.EmulatorOptions;
import org.ledgerline.ivr.simulator.TranscriptEntry;
import org.ledgerline.ivr.telephony.agi.AgiMetrics;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.ivr.telephony.agi.FastAgiServer;

/**
 * The gate over TCP: the real FastAGI server and call script with {@code gate} registered over
 * in-memory ports, driven by the Asterisk emulator with the environment of a collector's PJSIP
 * channel, as {@code [ledgerline-collectors]} runs it ({@code AGI(${LEDGERLINE_AGI}/gate,${EXTEN})}).
 * The emulated Asterisk has LedgerLine's prompts and none of its own sounds, so any core sound the
 * gate asked for would show as missing.
 */
class CollectorGateServerIT {
    private static final Instant NOON_IN_NEW_YORK = Instant.parse("2026-07-15T16:00:00Z");
    private static final String NUMBER = "2125550100";
    private static final PromptCatalog CATALOG = PromptCatalog.fromClasspath();

    @TempDir
    Path sounds;

    private final Clock clock = Clock.fixed(NOON_IN_NEW_YORK, ZoneOffset.UTC);
    private final InMemoryCollectorPorts ports = new InMemoryCollectorPorts(clock)
            .collector("ana", "PJSIP/2001", "2001")
            .customer(1, 10, NUMBER, "NY", "America/New_York");
    private FastAgiServer server;
    private AsteriskAgiEmulator emulator;

    @BeforeEach
    void startTheGate() throws IOException {
        Files.createDirectories(sounds.resolve("en"));
        for (String key : CATALOG.keys("en")) {
            // One second of silence per prompt: the emulator only needs the file to exist and its length.
            Files.write(sounds.resolve("en").resolve(key + ".wav"), new byte[44 + 8000 * 2]);
        }
        // As the node will wire it: the gate in front of the runner that serves every other script.
        CallRunner runner = new CallRunner(List.of(), ports.ledger.calls(),
                new PersonHandOff(DialplanDestination.parse("ledgerline-agents,s,1")), clock);
        CallScript script = new CallScript(new CollectorGateHandler(ports.flow(true, clock), runner),
                new CatalogSoundLibrary(CATALOG, sounds),
                new AgiMetrics(new SimpleMeterRegistry()), clock);
        server = new FastAgiServer(script, InetAddress.getLoopbackAddress(), 0, FastAgiServer.DEFAULT_BACKLOG,
                FastAgiServer.LOOPBACK_ONLY);
        server.start();
        emulator = new AsteriskAgiEmulator("127.0.0.1", server.port(),
                EmulatorOptions.defaults().withSoundsDirectory(sounds).withSocketTimeout(Duration.ofSeconds(20)));
    }

    @AfterEach
    void stopTheGate() {
        server.stop();
    }

    /** A collector's desk phone dialling {@code dialled} in [ledgerline-collectors]. */
    private CallTranscript collectorDials(String channel, String callerId, String dialled) throws IOException {
        AgiEnvironment environment = new AgiEnvironment("gate", callerId, "Ana Collector", channel,
                "1795510180." + Math.abs(channel.hashCode() % 1000), "en", "ledgerline-collectors", dialled,
                List.of(dialled));
        return emulator.call(environment, CallerScript.parse("_"));
    }

    private static Map<String, String> ledgerlineVariables(CallTranscript call) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (TranscriptEntry.VariableSet set : call.entriesOf(TranscriptEntry.VariableSet.class)) {
            if (set.name().startsWith("LEDGERLINE_")) {
                variables.put(set.name(), set.value());
            }
        }
        return variables;
    }

    @Test
    void anAllowedCallSetsTheDialplanVariablesOnTheWireAndPlaysNothing() throws IOException {
        CallTranscript call = collectorDials("PJSIP/2001-00000007", "2001", NUMBER);

        assertThat(call.entriesOf(TranscriptEntry.VariableSet.class)).extracting(TranscriptEntry.VariableSet::name)
                .startsWith("LEDGERLINE_GATE").contains("LEDGERLINE_GATE_REASON", "LEDGERLINE_ANNOUNCE",
                        "LEDGERLINE_DIAL_NUMBER", "LEDGERLINE_CALL_REF", "LEDGERLINE_ACCOUNT");
        assertThat(ledgerlineVariables(call)).containsEntry("LEDGERLINE_GATE", "ALLOW")
                .containsEntry("LEDGERLINE_GATE_REASON", "").containsEntry("LEDGERLINE_ANNOUNCE", "1")
                .containsEntry("LEDGERLINE_DIAL_NUMBER", NUMBER).containsEntry("LEDGERLINE_ACCOUNT", "10")
                .hasEntrySatisfying("LEDGERLINE_CALL_REF", ref -> assertThat(ref).matches("collector-1795510180-\\d+"));
        assertThat(call.agiStatus()).contains("SUCCESS");
        assertThat(call.promptFiles()).isEmpty();
        assertThat(call.transferDestination()).isEmpty();
        assertThat(ports.ledger.auditLog().findBySubject("account", "10")).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("collector-call-allowed"));
    }

    @Test
    void aDeniedCallTellsTheCollectorWhyFromOurOwnPromptsOnly() throws IOException {
        ports.flag(1, CustomerFlag.set(FlagKind.BANKRUPTCY, "bo-admin", NOON_IN_NEW_YORK.minusSeconds(86_400),
                "case 26-10001"));

        CallTranscript call = collectorDials("PJSIP/2001-00000008", "2001", NUMBER);

        assertThat(ledgerlineVariables(call)).containsEntry("LEDGERLINE_GATE", "DENY")
                .containsEntry("LEDGERLINE_GATE_REASON", "BANKRUPTCY").containsEntry("LEDGERLINE_DIAL_NUMBER", "");
        assertThat(call.entriesOf(TranscriptEntry.VariableSet.class))
                .noneMatch(set -> set.name().equals("LEDGERLINE_GATE") && set.value().equals("ALLOW"));
        assertThat(call.promptKeys()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-bankruptcy");
        assertThat(call.promptFiles()).allSatisfy(file -> assertThat(file).startsWith(sounds.toString()));
        assertThat(call.missingSounds()).isEmpty();
        assertThat(call.agiStatus()).contains("SUCCESS");
    }

    @Test
    void aPhoneNoCollectorOwnsIsDeniedOverTheWire() throws IOException {
        CallTranscript call = collectorDials("PJSIP/2999-00000009", "2999", NUMBER);

        assertThat(ledgerlineVariables(call)).containsEntry("LEDGERLINE_GATE", "DENY")
                .containsEntry("LEDGERLINE_GATE_REASON", "UNKNOWN_COLLECTOR");
        assertThat(call.promptKeys()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-unknown-collector");
        assertThat(call.missingSounds()).isEmpty();
    }

    @Test
    void aDefectInTheGateEndsTheAgiInErrorWithoutHandingTheCollectorToAPerson() throws IOException {
        ports.directoryDefective();

        CallTranscript call = collectorDials("PJSIP/2001-0000000a", "2001", NUMBER);

        assertThat(call.agiStatus()).contains("FAILED");
        assertThat(call.transferDestination()).isEmpty();
        assertThat(ledgerlineVariables(call)).containsExactly(Map.entry("LEDGERLINE_GATE", "DENY"));
        assertThat(call.promptFiles()).isEmpty();
    }

    @Test
    void anyOtherScriptStillReachesTheRunner() throws IOException {
        CallTranscript call = emulator.call(AgiEnvironment.sipCall("selfserve", "5551001"), CallerScript.parse("_"));

        // The runner here has no flows: it apologises and hands the caller to a person, as for any unknown script.
        assertThat(call.transferDestination()).contains("ledgerline-agents,s,1");
        assertThat(call.missingSounds()).isEmpty();
    }
}
