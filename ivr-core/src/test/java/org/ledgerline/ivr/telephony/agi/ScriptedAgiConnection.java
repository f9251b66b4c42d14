package org.ledgerline.ivr.telephony.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.asteriskjava.fastagi.StaticMappingStrategy;
import org.asteriskjava.fastagi.internal.FastAgiConnectionHandler;
import org.asteriskjava.util.SocketConnectionFacade;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.simulator.AgiEnvironment;

/**
 * One FastAGI connection held in memory: Asterisk's side is a function from each command line the
 * server writes to the reply lines Asterisk answers with. Running Asterisk-Java's own connection
 * handler over it ({@link #serve}) exercises the library's real reply parsing and its
 * {@code AJ_AGISTATUS} handling without a socket; end of input (an empty answer) reads as the
 * connection closed by Asterisk.
 */
final class ScriptedAgiConnection implements SocketConnectionFacade {
    /** Answers every command as a live channel with nobody pressing keys. */
    static final Function<String, List<String>> QUIET_CALLER = command -> List
            .of(command.startsWith("STREAM FILE") ? "200 result=0 endpos=8000" : "200 result=0");

    private final Deque<String> toServer = new ArrayDeque<>();
    private final Function<String, List<String>> asterisk;
    private final StringBuilder written = new StringBuilder();
    private final List<String> commands = new ArrayList<>();
    private boolean closed;

    private ScriptedAgiConnection(AgiEnvironment environment, Function<String, List<String>> asterisk) {
        this.asterisk = asterisk;
        toServer.addAll(environment.lines("127.0.0.1", 4573));
        toServer.add("");
    }

    /** Runs {@code script} on Asterisk-Java's connection handler, as our server does, until it releases the call. */
    static ScriptedAgiConnection serve(CallScript script, Function<String, List<String>> asterisk) {
        return serve(script, AgiEnvironment.sipCall("selfserve", "5551001"), asterisk);
    }

    /** As {@link #serve(CallScript, Function)}, for a call with the given {@code agi_*} environment. */
    static ScriptedAgiConnection serve(CallScript script, AgiEnvironment environment,
            Function<String, List<String>> asterisk) {
        ScriptedAgiConnection connection = new ScriptedAgiConnection(environment, asterisk);
        new FastAgiConnectionHandler(new StaticMappingStrategy(script), connection,
                new AgiStatusKeepingChannelFactory())
                .run();
        return connection;
    }

    /** Every command line the server wrote, in order. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    boolean closed() {
        return closed;
    }

    @Override
    public @Nullable String readLine() {
        return closed ? null : toServer.poll();
    }

    @Override
    public void write(String s) throws IOException {
        if (closed) {
            throw new IOException("connection closed");
        }
        written.append(s);
    }

    @Override
    public void flush() {
        int end;
        while ((end = written.indexOf("\n")) >= 0) {
            String command = written.substring(0, end);
            written.delete(0, end + 1);
            commands.add(command);
            toServer.addAll(asterisk.apply(command));
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isConnected() {
        return !closed;
    }

    @Override
    public InetAddress getLocalAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getLocalPort() {
        return 4573;
    }

    @Override
    public InetAddress getRemoteAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getRemotePort() {
        return 40000;
    }
}
