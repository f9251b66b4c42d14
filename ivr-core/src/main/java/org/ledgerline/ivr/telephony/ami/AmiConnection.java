package org.ledgerline.ivr.telephony.ami;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's one logged-in AMI connection, shared by every call (thread-safe). Wraps Asterisk-Java's
 * manager connection (the implementation behind {@code DefaultManagerConnection}, minus its
 * version probe: see {@link KnownVersionManagerConnection}), which reconnects by itself once a
 * login has succeeded (10 tries 50 ms apart, then every 5 s) and, as configured here, keeps trying
 * after an authentication failure so a rotated secret heals without a restart; {@link
 * #isConnected()} is false meanwhile, which is what readiness reports.
 *
 * <p>PCI: the login asks for {@value #EVENT_MASK} events only. DTMF events (class {@code dtmf})
 * carry every key a caller presses and AGIExec events (class {@code agi}) echo GET DATA results,
 * so both would put card digits on this socket; with the mask Asterisk never sends them, even if
 * the manager.conf user were granted those read classes. Nothing here logs an event or action.
 *
 * <p>All events and action responses of a connection are delivered on one Asterisk-Java thread,
 * so the listener here only flips state and hands each event to {@link AmiEventHandOff}'s bounded
 * queue; {@link #subscribe sinks} run on LedgerLine's own {@code ami-events} thread, where a slow
 * one delays later events but never an action's answer.
 */
public final class AmiConnection implements AutoCloseable {
    /** The event classes requested at login: call events (Hangup, OriginateResponse, MixMonitor*). */
    public static final String EVENT_MASK = "call";

    private static final Logger log = LoggerFactory.getLogger(AmiConnection.class);

    private final AmiSettings settings;
    private final ManagerConnection manager;
    private final AmiEventHandOff events;
    /** Completes callers' futures off Asterisk-Java's dispatch thread, so their callbacks cannot stall it. */
    private final Executor callbacks = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stateChanged = lock.newCondition();
    /** Serialises close() (it may run from the caller and from the background login at once). */
    private final ReentrantLock closing = new ReentrantLock();
    private volatile boolean closed;

    public AmiConnection(AmiSettings settings) {
        this(settings, AmiEventHandOff.DEFAULT_CAPACITY);
    }

    /** A connection whose event queue holds at most {@code eventQueueCapacity} events (tests shrink it). */
    AmiConnection(AmiSettings settings, int eventQueueCapacity) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = new AmiEventHandOff(eventQueueCapacity, settings.address());
        KnownVersionManagerConnection connection = new KnownVersionManagerConnection();
        connection.setHostname(settings.host());
        connection.setPort(settings.port());
        connection.setUsername(settings.username());
        connection.setPassword(settings.secret());
        connection.setDefaultResponseTimeout(settings.actionTimeout().toMillis());
        connection.setKeepAliveAfterAuthenticationFailure(true);
        connection.addEventListener(this::onEvent);
        connection.addEventListener(events);
        this.manager = connection;
    }

    /**
     * Connects and logs in, blocking until Asterisk accepted or refused. Call once; after success the
     * connection is kept (and re-established) until {@link #close()}.
     *
     * @throws AmiLoginException when Asterisk is unreachable, silent, or refuses the credentials
     */
    public void open() {
        try {
            manager.login(EVENT_MASK);
            log.info("AMI logged in to {} as {}", settings.address(), settings.username());
        } catch (AuthenticationFailedException e) {
            throw new AmiLoginException("AMI at " + settings.address() + " refused the login of user '"
                    + settings.username() + "': " + e.getMessage() + " (check the user and secret in manager.conf)", e);
        } catch (IOException e) {
            throw new AmiLoginException("Cannot reach AMI at " + settings.address() + ": " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new AmiLoginException("AMI at " + settings.address() + " sent no banner in time: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Keeps trying {@link #open()} on a virtual thread, {@code retryInterval} apart, until it succeeds
     * or {@link #close()} is called; for a node that may start before Asterisk does. Each failed try
     * logs one WARN line with the reason (never the secret). Returns at once.
     */
    public void openInBackground(Duration retryInterval) {
        Thread.ofVirtual().name("ami-login-" + settings.address()).start(() -> keepOpening(retryInterval));
    }

    private void keepOpening(Duration retryInterval) {
        while (!closed) {
            try {
                open();
                if (closed) {
                    close();
                }
                return;
            } catch (AmiLoginException e) {
                log.warn("{}; retrying in {} ms", e.getMessage(), retryInterval.toMillis());
            }
            if (!waitUnlessClosed(retryInterval)) {
                return;
            }
        }
    }

    /** Waits the interval; false when closed or interrupted meanwhile. */
    private boolean waitUnlessClosed(Duration interval) {
        long remaining = interval.toNanos();
        lock.lock();
        try {
            while (!closed && remaining > 0) {
                remaining = stateChanged.awaitNanos(remaining);
            }
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** True while logged in; false before {@link #open()}, while reconnecting, and after close. */
    public boolean isConnected() {
        return manager.getState() == ManagerConnectionState.CONNECTED;
    }

    /** Waits until {@link #isConnected()} or the timeout passes; returns the final state. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (!isConnected() && remaining > 0) {
                remaining = stateChanged.awaitNanos(remaining);
            }
            return isConnected();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends one action and waits up to the configured action timeout for Asterisk's answer, which
     * may be a success or an error response; the caller judges it.
     *
     * @throws AmiNotConnectedException when not logged in or the write failed
     * @throws AmiTimeoutException when no answer came in time, or the thread was interrupted waiting
     */
    public ManagerResponse send(ManagerAction action) {
        String name = action.getAction();
        ManagerResponse response;
        try {
            response = manager.sendAction(action, settings.actionTimeout().toMillis());
        } catch (IllegalStateException e) {
            throw new AmiNotConnectedException("AMI " + name + " not sent: not logged in to " + settings.address(), e);
        } catch (IOException e) {
            throw new AmiNotConnectedException(
                    "AMI " + name + " not sent to " + settings.address() + ": " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new AmiTimeoutException("No answer to AMI " + name + " from " + settings.address() + " within "
                    + settings.actionTimeout().toMillis() + " ms", e);
        }
        if (response == null) {
            // Asterisk-Java returns null (and restores the interrupt flag) when the wait is interrupted.
            throw new AmiTimeoutException("Interrupted while waiting for the answer to AMI " + name, null);
        }
        return response;
    }

    /**
     * Sends one action without waiting. The future completes (on a virtual thread, never Asterisk-Java's)
     * with Asterisk's answer, success or error, or exceptionally with {@link AmiNotConnectedException}
     * when it could not be sent or the connection dropped before the answer, or {@link
     * AmiTimeoutException} after the configured action timeout.
     */
    public CompletableFuture<ManagerResponse> sendAsync(ManagerAction action) {
        String name = action.getAction();
        CompletableFuture<ManagerResponse> answer = new CompletableFuture<>();
        try {
            manager.sendAction(action, response -> {
                if (response == null) {
                    // Asterisk-Java answers pending actions with null when the connection drops.
                    answer.completeExceptionally(new AmiNotConnectedException(
                            "AMI " + name + " unanswered: the connection to " + settings.address() + " dropped", null));
                } else {
                    answer.complete(response);
                }
            });
        } catch (IllegalStateException e) {
            answer.completeExceptionally(new AmiNotConnectedException(
                    "AMI " + name + " not sent: not logged in to " + settings.address(), e));
        } catch (IOException e) {
            answer.completeExceptionally(new AmiNotConnectedException(
                    "AMI " + name + " not sent to " + settings.address() + ": " + e.getMessage(), e));
        }
        long timeoutMs = settings.actionTimeout().toMillis();
        return answer.orTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                .exceptionallyCompose(
                        e -> CompletableFuture.failedFuture(e instanceof java.util.concurrent.TimeoutException
                                ? new AmiTimeoutException(
                                        "No answer to AMI " + name + " from " + settings.address() + " within "
                                                + timeoutMs + " ms",
                                        e)
                                : e))
                // A no-op stage run on a virtual thread: whatever the caller chains on the returned
                // future then runs there, not on the Asterisk-Java thread that completed `answer`.
                .whenCompleteAsync((response, failure) -> {}, callbacks);
    }

    /** Adds a sink that gets every later event on the {@code ami-events} thread (see {@link AmiEventHandOff}). */
    public void subscribe(AmiEventSink sink) {
        events.subscribe(Objects.requireNonNull(sink, "sink"));
    }

    /** Events dropped since start because the hand-off queue was full (see {@link AmiEventHandOff}). */
    public long droppedEvents() {
        return events.droppedEvents();
    }

    /** Logs off (when logged in) and stops reconnecting and any {@link #openInBackground} retries. */
    @Override
    public void close() {
        closed = true;
        signalStateChange();
        // Not the state lock: logoff waits for Asterisk's Goodbye, which the event thread delivers,
        // and that thread takes the state lock on every Connect/Disconnect event.
        closing.lock();
        try {
            ManagerConnectionState state = manager.getState();
            if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
                manager.logoff();
                log.info("AMI logged off from {}", settings.address());
            }
        } catch (IllegalStateException alreadyDown) {
            // The connection dropped between the state check and the logoff (Asterisk went away
            // meanwhile): there is nothing left to log off from.
            log.info("AMI connection to {} already down at close", settings.address());
        } finally {
            closing.unlock();
        }
        events.close();
    }

    /** Runs on Asterisk-Java's single event thread: only connection state, never event contents. */
    private void onEvent(ManagerEvent event) {
        if (event instanceof ConnectEvent) {
            signalStateChange();
        } else if (event instanceof DisconnectEvent) {
            log.warn("AMI connection to {} lost; reconnecting", settings.address());
            signalStateChange();
        }
    }

    private void signalStateChange() {
        lock.lock();
        try {
            stateChanged.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
