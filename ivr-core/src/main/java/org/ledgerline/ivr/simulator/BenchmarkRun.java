package org.ledgerline.ivr.simulator;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.prompt.SoundLibrary;
import org.ledgerline.ivr.telephony.agi.AgiMetrics;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.ivr.telephony.agi.FastAgiServer;

/**
 * One benchmark run in this JVM: starts our {@link FastAgiServer} or a stock Asterisk-Java server
 * on a loopback port with the same {@link CallScript} and handler, drives the {@link LoadPlan} at
 * it and reads the heap with every call held.
 *
 * <p>Heap per call is (used heap after GC with all calls held − used heap after GC idle) / calls
 * set up. Both ends of each call live in this JVM, so it includes the emulator's own per-call state:
 * an upper bound for the server alone.
 */
public final class BenchmarkRun {

    /** Which server answers the calls. */
    public enum ServerKind { FAST, STOCK }

    /** What one run measured. */
    public record Result(ServerKind server, LoadReport load, long heapPerCallBytes) {
        public String describe() {
            return "server                 " + (server == ServerKind.FAST ? "FastAgiServer (virtual threads)"
                    : "stock DefaultAgiServer (default pool)") + "\n"
                    + load.describe()
                    + "heap per call          %.1f KiB%n".formatted(heapPerCallBytes / 1024.0);
        }
    }

    private BenchmarkRun() {
    }

    public static Result run(ServerKind kind, CallHandler handler, SoundLibrary sounds, LoadPlan plan)
            throws IOException, InterruptedException {
        CallScript script = new CallScript(handler, sounds, new AgiMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
        long idleHeap = usedHeapAfterGc();
        AtomicLong heldHeap = new AtomicLong();
        Runnable probe = () -> heldHeap.set(usedHeapAfterGc());
        LoadReport report;
        if (kind == ServerKind.FAST) {
            FastAgiServer server = new FastAgiServer(script, InetAddress.getLoopbackAddress(), 0, FastAgiServer.DEFAULT_BACKLOG);
            server.start();
            try {
                report = new LoadGenerator("127.0.0.1", server.port(), plan).run(probe);
            } finally {
                server.stop();
            }
        } else {
            StockAgiServer server = new StockAgiServer(script, freeLoopbackPort());
            Thread acceptor = Thread.ofPlatform().daemon().name("stock-agi-acceptor").start(server::run);
            server.awaitListening();
            try {
                report = new LoadGenerator("127.0.0.1", server.getPort(), plan).run(probe);
            } finally {
                server.stop();
                acceptor.join(5000);
            }
        }
        long perCall = report.established() == 0 ? 0 : Math.max(0, heldHeap.get() - idleHeap) / report.established();
        return new Result(kind, report, perCall);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int freeLoopbackPort() throws IOException {
        // The stock server cannot report an ephemeral port, so pick one and hand it over.
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
