package org.ledgerline.ivr.simulator.ami;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An AMI server speaking as Asterisk 20.20.1 does on the wire, on 127.0.0.1. One virtual thread
 * accepts, one per session reads and answers. Supported actions: Login (plain or MD5 after
 * Challenge), Challenge, Logoff, Ping, Events, MixMonitorMute, CoreSettings, Originate (Async or
 * not, see {@link OriginatePlan}), Hangup, CoreShowChannels, and Command for {@code core show
 * version}; any other action gets Asterisk's {@code Invalid/unknown command} answer. Permissions
 * follow the account's write classes, events its read classes and the session's {@code Events} mask.
 *
 * <p>Test controls: {@link #addChannel}, {@link #failAction}, {@link #stallAction}, {@link #emit}
 * (any event, in any order, as often as wanted: see {@link CallEvents}), {@link #planOriginates}
 * and {@link #awaitCall} to drive an originated call step by step ({@link EmulatedCall}), {@link
 * #dropConnections} with {@link #holdNewSessions} for a connection lost mid-call, and {@link
 * #receivedActions()} / {@link #awaitAction} to assert what clients sent and in which order.
 * {@link #close()} drops every connection, as a stopping Asterisk does.
 */
public final class AmiEmulator implements AutoCloseable {
    /** {@code AMI_VERSION} of Asterisk 20 (include/asterisk/manager.h). */
    public static final String AMI_VERSION = "9.0.0";
    public static final String ASTERISK_VERSION = "20.20.1";
    /** The first line Asterisk writes on every new connection. */
    public static final String BANNER = "Asterisk Call Manager/" + AMI_VERSION;

    /** How the emulator should treat an action: answer {@code Response: Error} or never answer. */
    record Fault(boolean stall, String message) {}

    private final Map<String, AmiAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, EmulatedChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    /** Channel variables by channel name, as the dialplan would have set them (Getvar reads them). */
    private final Map<String, Map<String, String>> variables = new ConcurrentHashMap<>();
    private final List<EmulatedCall> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger channelSequence = new AtomicInteger();
    private final AtomicInteger uniqueSequence = new AtomicInteger();
    private volatile OriginatePlan originatePlan = OriginatePlan.answered();
    private final SessionGate gate = new SessionGate();
    private final List<AmiEmulatorSession> sessions = new CopyOnWriteArrayList<>();
    private final List<ReceivedAction> actions = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicInteger sessionIds = new AtomicInteger();
    private final Instant startedAt = Instant.now();
    private volatile Duration loginFailureDelay = Duration.ofSeconds(1);
    private int logins;
    private @Nullable ServerSocket server;
    private @Nullable Thread acceptor;

    /** An emulator that accepts the given manager.conf users. Call {@link #start(int)} to listen. */
    public AmiEmulator(List<AmiAccount> users) {
        users.forEach(u -> accounts.put(u.username(), u));
    }

    /** Listens on 127.0.0.1 at {@code port} (0 picks a free port) and returns this emulator. */
    public AmiEmulator start(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        acceptor = Thread.ofVirtual().name("ami-emulator-accept-" + socket.getLocalPort())
                .start(() -> acceptLoop(socket));
        return this;
    }

    public int port() {
        return Objects.requireNonNull(server, "the AMI emulator has not started").getLocalPort();
    }

    private void acceptLoop(ServerSocket server) {
        try {
            while (!server.isClosed()) {
                Socket client = server.accept();
                AmiEmulatorSession session = new AmiEmulatorSession(sessionIds.incrementAndGet(), client, this);
                sessions.add(session);
                Thread.ofVirtual().name("ami-emulator-session-" + session.id()).start(session);
            }
        } catch (IOException stopped) {
            // close() closed the server socket: accepting ends here.
        }
    }

    /**
     * Stops listening and drops every session, as Asterisk stopping or crashing does. Returns once
     * the port is free again, so a new emulator can {@link #start(int)} on it (a restart).
     */
    @Override
    public void close() throws IOException {
        ServerSocket listening = server;
        Thread accepting = acceptor;
        if (listening == null || accepting == null) {
            return; // never started: nothing listens
        }
        listening.close();
        releaseNewSessions();
        sessions.forEach(AmiEmulatorSession::close);
        try {
            // The JDK releases a listening socket only when the thread blocked in accept() has left it.
            accepting.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asterisk waits one second before answering a failed Login; tests may shorten that. */
    public void loginFailureDelay(Duration delay) {
        loginFailureDelay = delay;
    }

    /** Makes the channel known (replacing one of the same name). */
    public void addChannel(EmulatedChannel channel) {
        channels.put(channel.name(), channel);
    }

    /** Sets a channel variable, as the dialplan's Set() or an AGI SET VARIABLE would. */
    public void setChannelVariable(String channelName, String name, String value) {
        variables.computeIfAbsent(channelName, c -> new ConcurrentHashMap<>()).put(name, value);
    }

    /** A channel variable's value, "" when unset (as Asterisk's Getvar answers). */
    String channelVariable(String channelName, String name) {
        return variables.getOrDefault(channelName, Map.of()).getOrDefault(name, "");
    }

    /** The channel goes away: it is forgotten and a Hangup event is sent. */
    public void hangup(String channelName) {
        Optional.ofNullable(channels.remove(channelName)).ifPresent(c -> emit(AmiEvent.hangup(c)));
    }

    /** How later Originate actions turn out (default: {@link OriginatePlan#answered()}). */
    public void planOriginates(OriginatePlan plan) {
        originatePlan = java.util.Objects.requireNonNull(plan, "plan");
    }

    OriginatePlan originatePlan() {
        return originatePlan;
    }

    /** A call whose first leg is {@code first}; it is listed by CoreShowChannels while it has live legs. */
    public EmulatedCall startCall(ChannelSnapshot first) {
        EmulatedCall call = new EmulatedCall(this, first);
        changing(() -> calls.add(call));
        return call;
    }

    /** Waits for the call whose first leg has this Uniqueid (an Originate's ChannelId); empty on timeout. */
    public Optional<EmulatedCall> awaitCall(String callId, Duration timeout) throws InterruptedException {
        return awaitState(() -> calls.stream().filter(c -> c.callId().equals(callId)).findFirst(), timeout);
    }

    /**
     * Closes every client connection but keeps listening, as when the network between the node and
     * Asterisk drops: clients reconnect. Combine with {@link #holdNewSessions()} to change the
     * switch while nobody is connected.
     */
    public void dropConnections() {
        sessions.forEach(AmiEmulatorSession::close);
    }

    /** New connections are accepted but get no banner until {@link #releaseNewSessions()}. */
    public void holdNewSessions() {
        gate.hold();
    }

    public void releaseNewSessions() {
        gate.release();
    }

    boolean awaitSessionGate() {
        return gate.pass();
    }

    /** Every channel up now: those added with {@link #addChannel} and the live legs of calls. */
    List<EmulatedCall.Listed> listChannels() {
        List<EmulatedCall.Listed> listed = new ArrayList<>();
        channels.values().forEach(c -> listed.add(
                new EmulatedCall.Listed(c.snapshotRecord(), "", "AGI", "agi://ledgerline/selfserve", startedAt)));
        calls.forEach(call -> listed.addAll(call.liveLegs()));
        return listed;
    }

    boolean knowsChannel(String channelName) {
        return channels.containsKey(channelName) || calls.stream().anyMatch(c -> c.hasChannel(channelName));
    }

    /** The AMI Hangup action: a plain channel, or a call leg (the whole call then ends, first leg first). */
    void hangupByAction(String channelName) {
        if (channels.containsKey(channelName)) {
            hangup(channelName);
            return;
        }
        calls.stream().filter(c -> c.hasChannel(channelName)).findFirst().ifPresent(EmulatedCall::firstLegHangsUp);
    }

    /** A channel-name suffix as Asterisk makes them: eight hex digits, counting up. */
    String nextChannelSuffix() {
        return String.format(Locale.ROOT, "%08x", channelSequence.incrementAndGet());
    }

    /** A Uniqueid as Asterisk makes them: start time in seconds, a dot, a counter. */
    String nextUniqueId() {
        return startedAt.getEpochSecond() + "." + uniqueSequence.getAndIncrement();
    }

    /** Answers every later {@code action} (any case) with {@code Response: Error} and this message. */
    public void failAction(String action, String message) {
        faults.put(action.toLowerCase(Locale.ROOT), new Fault(false, message));
    }

    /** Never answers later {@code action}s (any case), as a stuck Asterisk; other actions still get answers. */
    public void stallAction(String action) {
        faults.put(action.toLowerCase(Locale.ROOT), new Fault(true, ""));
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Sends the event to every logged-in session allowed to read it; returns how many got it. */
    public int emit(AmiEvent event) {
        return (int) sessions.stream().filter(s -> s.deliver(event)).count();
    }

    /** The caller on the channel presses a key: DTMFBegin then DTMFEnd. Returns the sessions that saw the keys. */
    public int pressKey(String channelName, char digit) {
        EmulatedChannel channel = channel(channelName)
                .orElseThrow(() -> new IllegalArgumentException("unknown channel " + channelName));
        int sawBegin = emit(AmiEvent.dtmfBegin(channel, digit));
        emit(AmiEvent.dtmfEnd(channel, digit, 120));
        return sawBegin;
    }

    /** Every action received so far, in arrival order. */
    public List<ReceivedAction> receivedActions() {
        lock.lock();
        try {
            return List.copyOf(actions);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until an action matching {@code match} has arrived (or already had); empty on timeout. */
    public Optional<ReceivedAction> awaitAction(Predicate<ReceivedAction> match, Duration timeout)
            throws InterruptedException {
        return awaitState(() -> actions.stream().filter(match).findFirst(), timeout);
    }

    /** Waits until {@code count} successful logins have happened since start; false on timeout. */
    public boolean awaitLogins(int count, Duration timeout) throws InterruptedException {
        return awaitState(() -> logins >= count ? Optional.of(true) : Optional.<Boolean>empty(), timeout).isPresent();
    }

    /** Sessions currently connected (logged in or not). */
    public int connectedSessions() {
        return sessions.size();
    }

    private <T> Optional<T> awaitState(Supplier<Optional<T>> probe, Duration timeout)
            throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            Optional<T> found = probe.get();
            while (found.isEmpty() && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
                found = probe.get();
            }
            return found;
        } finally {
            lock.unlock();
        }
    }

    void recordAction(int sessionId, String name, AmiMessage message) {
        changing(() -> actions.add(new ReceivedAction(actions.size() + 1L, sessionId, name, message)));
    }

    void sessionLoggedIn() {
        changing(() -> logins++);
    }

    /** Makes a change that awaiting tests look for, and wakes them. */
    private void changing(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void sessionEnded(AmiEmulatorSession session) {
        sessions.remove(session);
    }

    void pauseAfterFailedLogin() {
        try {
            TimeUnit.NANOSECONDS.sleep(loginFailureDelay.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Optional<AmiAccount> account(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    Optional<Fault> faultFor(String action) {
        return Optional.ofNullable(faults.get(action.toLowerCase(Locale.ROOT)));
    }

    Optional<EmulatedChannel> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    long uptimeSeconds() {
        return Duration.between(startedAt, Instant.now()).toSeconds();
    }
}
