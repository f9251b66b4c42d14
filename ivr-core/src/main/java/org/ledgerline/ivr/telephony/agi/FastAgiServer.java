package org.ledgerline.ivr.telephony.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.StaticMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.config.CidrBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asterisk-Java's {@link DefaultAgiServer} with one virtual thread per call and a listen backlog
 * sized for bursts. The stock server runs calls on a pool of at most 500 platform threads and
 * drops every call above that; a virtual thread per call has no such ceiling (FINDINGS: 3,000
 * simultaneous calls on 12 carrier threads).
 *
 * <p>Every connection runs the one {@link AgiScript} given (normally {@link CallScript}), which
 * routes by the script name of {@code agi://host:port/<flow>}. Its channels keep a script's own
 * {@code AJ_AGISTATUS=FAILED} ({@link AgiStatusKeepingChannelFactory}). Only peers inside the
 * allow-list reach it ({@link AgiServerSocket}).
 */
public final class FastAgiServer extends DefaultAgiServer {
    private static final Logger log = LoggerFactory.getLogger(FastAgiServer.class);

    /** Default listen backlog: enough for a burst of calls set up while the acceptor is busy. */
    public static final int DEFAULT_BACKLOG = 1024;

    /** Loopback only (IPv4 and IPv6): the default allow-list, for an Asterisk on the same host. */
    public static final List<CidrBlock> LOOPBACK_ONLY = List.of(CidrBlock.parse("127.0.0.0/8"),
            CidrBlock.parse("::1/128"));

    /** An idle AGI connection is dropped after this long without a line (Asterisk-Java's own bound). */
    private static final int READ_TIMEOUT_MILLIS = (int) Duration.ofHours(3).toMillis();

    private final @Nullable InetAddress bindAddress;
    private final int backlog;
    private final List<CidrBlock> allowedPeers;
    private final RefusedPeerLog refusals = new RefusedPeerLog(Clock.systemUTC());
    private final ExecutorService calls = Executors
            .newThreadPerTaskExecutor(Thread.ofVirtual().name("agi-call-", 0).factory());
    private final CompletableFuture<Integer> listening = new CompletableFuture<>();
    private volatile @Nullable AgiServerSocket serverSocket;
    private @Nullable Thread acceptor;

    /**
     * @param script      what every call runs
     * @param bindAddress address to listen on ({@code null}: all interfaces)
     * @param port        TCP port; 0 picks a free one (see {@link #port()})
     * @param backlog     listen backlog for connections not yet accepted
     * @param allowedPeers the only peer addresses served (Asterisk's); any other connection is closed
     *     before a byte is read or written, with a rate-limited WARN
     */
    public FastAgiServer(AgiScript script, @Nullable InetAddress bindAddress, int port, int backlog,
            List<CidrBlock> allowedPeers) {
        // No resource bundle name: Asterisk-Java's default configuration, as the one-argument constructor.
        super(null, new StaticMappingStrategy(script), new AgiStatusKeepingChannelFactory());
        if (backlog < 1) {
            throw new IllegalArgumentException("backlog must be positive");
        }
        if (allowedPeers.isEmpty()) {
            throw new IllegalArgumentException("allowedPeers must name at least one address block");
        }
        this.bindAddress = bindAddress;
        this.backlog = backlog;
        this.allowedPeers = List.copyOf(allowedPeers);
        setPort(port);
    }

    @Override
    public @Nullable InetAddress getAddress() {
        return bindAddress;
    }

    /** Runs each call on its own virtual thread instead of the library's bounded pool. */
    @Override
    protected void execute(Runnable connection) {
        if (isDie()) {
            log.warn("FastAGI server is stopping: refused a new call");
            throw new RejectedExecutionException("server stopping");
        }
        calls.execute(connection);
    }

    @Override
    protected ServerSocketFacade createServerSocket() throws IOException {
        AgiServerSocket socket = new AgiServerSocket(new ServerSocket(getPort(), backlog, bindAddress),
                READ_TIMEOUT_MILLIS, allowedPeers, refusals);
        serverSocket = socket;
        listening.complete(socket.port());
        return socket;
    }

    /**
     * Starts accepting calls on a thread of its own and returns once the socket listens.
     *
     * @throws IOException when the port cannot be bound
     */
    public synchronized void start() throws IOException {
        if (acceptor != null) {
            throw new IllegalStateException("already started");
        }
        acceptor = Thread.ofPlatform().name("fastagi-acceptor").daemon().start(this::acceptCalls);
        try {
            listening.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io
                    ? io
                    : new IOException("FastAGI server did not start", e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("FastAGI server did not start listening within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the FastAGI server", e);
        }
    }

    private void acceptCalls() {
        try {
            startup();
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
    }

    /** Whether the server accepts calls now. */
    public boolean isListening() {
        return listening.isDone() && !listening.isCompletedExceptionally() && !isDie();
    }

    /** The port actually bound (useful when 0 was asked for). */
    public int port() {
        AgiServerSocket socket = serverSocket;
        if (socket == null) {
            throw new IllegalStateException("not listening");
        }
        return socket.port();
    }

    /** Stops accepting calls; calls in progress run to their end. */
    public synchronized void stop() {
        if (isDie()) {
            return;
        }
        shutdown();
        calls.shutdown();
        if (acceptor != null) {
            try {
                acceptor.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for calls in progress after {@link #stop()}; true when all ended in time. */
    public boolean awaitCallsEnded(Duration timeout) throws InterruptedException {
        return calls.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
