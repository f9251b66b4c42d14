package org.ledgerline.ivr.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.StaticMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;

/**
 * The benchmark's baseline: Asterisk-Java's {@link DefaultAgiServer} exactly as shipped (default
 * pool of 10-500 platform threads, backlog 200), only told when it listens.
 */
final class StockAgiServer extends DefaultAgiServer {
    private final CountDownLatch listening = new CountDownLatch(1);

    StockAgiServer(AgiScript script, int port) {
        super(new StaticMappingStrategy(script));
        setPort(port);
    }

    @Override
    protected ServerSocketFacade createServerSocket() throws IOException {
        ServerSocketFacade socket = super.createServerSocket();
        listening.countDown();
        return socket;
    }

    /** Accepts calls on the calling thread until {@link #stop()}. */
    void acceptCalls() {
        try {
            startup();
        } catch (IOException e) {
            throw new UncheckedIOException("stock AGI server could not listen", e);
        }
    }

    void awaitListening() throws InterruptedException {
        if (!listening.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("stock AGI server did not start listening");
        }
    }

    void stop() {
        shutdown();
    }
}
