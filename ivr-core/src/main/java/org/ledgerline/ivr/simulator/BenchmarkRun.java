package org.ledgerline.ivr.simulator;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.prompt.SoundLibrary;
import org.ledgerline.ivr.telephony.agi.AgiMetrics;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.ivr.telephony.agi.FastAgiServer;

/**
 * One benchmark run: either starts our {@link FastAgiServer} or a stock Asterisk-Java server in
 * this JVM on a loopback port with the same {@link CallScript} and handler, or drives a server
 * already running in another process; then runs the {@link LoadPlan} and reads the heap with every
 * call held.
 *
 * <p>Heap per call is (used heap after GC with all calls held − used heap after GC before the
 * first call) / calls held. In-process, both ends of each call live in this JVM, so it includes the
 * emulator's own per-call state: an upper bound for the server alone. Against a separate server
 * process it is the server's heap only.
 */
public final class BenchmarkRun {

    /** Which server answers the calls. */
    public enum ServerKind {
        FAST("FastAgiServer (virtual threads), in-process"), STOCK(
                "stock DefaultAgiServer (default pool), in-process"), REMOTE("server in a separate process");

        private final String label;

        ServerKind(String label) {
            this.label = label;
        }
    }

    /** What one run measured; heap per call is negative when it was not read. */
    public record Result(ServerKind server, LoadReport load, long heapPerCallBytes) {
        public String describe() {
            return "server                          " + server.label + "\n"
                    + load.describe()
                    + (heapPerCallBytes < 0
                            ? "heap per call                   not read\n"
                            : "heap per call                   %.1f KiB%n".formatted(heapPerCallBytes / 1024.0));
        }
    }

    private BenchmarkRun() {}

    /** Runs {@code plan} against a server started in this JVM. */
    public static Result run(ServerKind kind, CallHandler handler, SoundLibrary sounds, LoadPlan plan)
            throws IOException, InterruptedException {
        CallScript script = new CallScript(handler, sounds, new AgiMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC());
        LongSupplier heap = BenchmarkRun::usedHeapAfterGc;
        if (kind == ServerKind.FAST) {
            FastAgiServer server = new FastAgiServer(script, InetAddress.getLoopbackAddress(), 0,
                    FastAgiServer.DEFAULT_BACKLOG,
                    FastAgiServer.LOOPBACK_ONLY);
            server.start();
            try {
                return measure(kind, "127.0.0.1", server.port(), plan, heap);
            } finally {
                server.stop();
            }
        }
        if (kind == ServerKind.STOCK) {
            StockAgiServer server = new StockAgiServer(script, freeLoopbackPort());
            Thread acceptor = Thread.ofPlatform().daemon().name("stock-agi-acceptor").start(server::acceptCalls);
            server.awaitListening();
            try {
                return measure(kind, "127.0.0.1", server.getPort(), plan, heap);
            } finally {
                server.stop();
                acceptor.join(5000);
            }
        }
        throw new IllegalArgumentException("a remote server is driven with runAgainst");
    }

    /**
     * Runs {@code plan} against a server already listening at {@code host:port} (normally a
     * {@code ledgerline serve} node in another JVM); {@code heap} reads that server's heap, or is
     * {@code null} to skip heap per call.
     */
    static Result runAgainst(String host, int port, LoadPlan plan, @Nullable RemoteHeapProbe heap)
            throws InterruptedException {
        return measure(ServerKind.REMOTE, host, port, plan, heap == null ? null : heap::usedHeapAfterGc);
    }

    private static Result measure(ServerKind kind, String host, int port, LoadPlan plan, @Nullable LongSupplier heap)
            throws InterruptedException {
        long idleHeap = heap == null ? 0 : heap.getAsLong();
        AtomicLong heldHeap = new AtomicLong();
        Runnable probe = heap == null ? () -> {} : () -> heldHeap.set(heap.getAsLong());
        LoadReport report = new LoadGenerator(host, port, plan).run(probe);
        long perCall = heap == null
                ? -1
                : report.held() == 0 ? 0 : Math.max(0, heldHeap.get() - idleHeap) / report.held();
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
