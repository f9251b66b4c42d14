package org.ledgerline.ivr.simulator.ami;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One client connection to the emulator, as Asterisk's {@code session_do}: banner, then read a
 * message, answer it, repeat until Logoff, a failed Login or the socket closes. Writes from the
 * session thread (answers) and from {@link AmiEmulator#emit} (events) are serialised so messages
 * never interleave on the wire.
 */
final class AmiEmulatorSession implements Runnable {
    private final int id;
    private final Socket socket;
    private final AmiEmulator emulator;
    private final AmiActionHandler handler;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile @Nullable AmiAccount account;
    /** Asterisk starts every session with {@code send_events = -1}: every class the user may read. */
    private volatile Set<AmiClass> eventMask = EnumSet.allOf(AmiClass.class);
    private String challenge = "";

    AmiEmulatorSession(int id, Socket socket, AmiEmulator emulator) {
        this.id = id;
        this.socket = socket;
        this.emulator = emulator;
        this.handler = new AmiActionHandler(this, emulator);
    }

    int id() {
        return id;
    }

    @Override
    public void run() {
        try (socket) {
            if (!emulator.awaitSessionGate()) {
                return;
            }
            write(AmiEmulator.BANNER + "\r\n");
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Optional<AmiMessage> next = readMessage(in);
            while (next.isPresent()) {
                if (!handler.handle(next.get())) {
                    return;
                }
                next = readMessage(in);
            }
        } catch (IOException closed) {
            // The client went away or the emulator is stopping: the session simply ends, as in Asterisk.
        } finally {
            emulator.sessionEnded(this);
        }
    }

    /** Reads header lines up to the empty line that ends a message; empty at end of stream. */
    private static Optional<AmiMessage> readMessage(BufferedReader in) throws IOException {
        AmiMessage message = new AmiMessage();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!message.isEmpty()) {
                    return Optional.of(message);
                }
                continue;
            }
            AmiMessage.parseLine(line).ifPresent(message::addParsed);
        }
        return Optional.empty();
    }

    /** Sends the event when the user may read its class and the session's mask includes it. */
    boolean deliver(AmiEvent event) {
        AmiAccount user = account;
        if (user == null || !user.read().contains(event.amiClass()) || !eventMask.contains(event.amiClass())) {
            return false;
        }
        try {
            write(event.toMessage().toWire());
            return true;
        } catch (IOException gone) {
            return false;
        }
    }

    void send(AmiMessage message) throws IOException {
        write(message.toWire());
    }

    private void write(String text) throws IOException {
        writeLock.lock();
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } finally {
            writeLock.unlock();
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort; the reader thread ends either way.
        }
    }

    Optional<AmiAccount> account() {
        return Optional.ofNullable(account);
    }

    void authenticated(AmiAccount user) {
        account = user;
    }

    Set<AmiClass> eventMask() {
        return eventMask;
    }

    void eventMask(Set<AmiClass> mask) {
        eventMask = mask.isEmpty() ? EnumSet.noneOf(AmiClass.class) : EnumSet.copyOf(mask);
    }

    String challenge() {
        return challenge;
    }

    void challenge(String value) {
        challenge = value;
    }
}
