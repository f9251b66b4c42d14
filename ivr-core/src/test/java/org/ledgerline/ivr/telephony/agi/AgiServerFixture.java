package org.ledgerline.ivr.telephony.agi;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.ledgerline.ivr.call.CallOutcome;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.AsteriskAgiEmulator;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.EmulatorOptions;

/**
 * A {@link FastAgiServer} on a random loopback port running synthetic flows registered by name, and
 * an emulator pointed at it. Records each call's session and how its flow ended.
 */
final class AgiServerFixture implements AutoCloseable {
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AgiMetrics metrics = new AgiMetrics(registry);
    final Map<String, Consumer<CallSession>> flows = new ConcurrentHashMap<>();
    final Queue<String> flowNamesSeen = new ConcurrentLinkedQueue<>();
    final Queue<CallSession> sessions = new ConcurrentLinkedQueue<>();
    final Queue<RuntimeException> flowExceptions = new ConcurrentLinkedQueue<>();
    final FastAgiServer server;
    final AsteriskAgiEmulator emulator;

    AgiServerFixture() throws IOException {
        CallScript script = new CallScript(this::handle, new FakeSoundLibrary(), metrics, Clock.systemUTC());
        server = new FastAgiServer(script, InetAddress.getLoopbackAddress(), 0, FastAgiServer.DEFAULT_BACKLOG,
                FastAgiServer.LOOPBACK_ONLY);
        server.start();
        emulator = new AsteriskAgiEmulator("127.0.0.1", server.port(),
                EmulatorOptions.defaults().withSocketTimeout(Duration.ofSeconds(20)));
    }

    /** Runs the registered flow; a flow that returns has completed, one that throws reaches the script. */
    private CallOutcome handle(String flowName, CallSession session) {
        flowNamesSeen.add(flowName);
        sessions.add(session);
        Consumer<CallSession> flow = flows.getOrDefault(flowName, s -> s.channel().hangup());
        try {
            flow.accept(session);
            return CallOutcome.COMPLETED;
        } catch (RuntimeException e) {
            flowExceptions.add(e);
            throw e;
        }
    }

    CallTranscript call(String flowName, String callerKeys) throws IOException {
        return emulator.call(AgiEnvironment.sipCall(flowName, "5551001"), CallerScript.parse(callerKeys));
    }

    @Override
    public void close() {
        server.stop();
    }
}
