package org.ledgerline.ivr.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A FastAGI client that behaves as Asterisk 20.20.1 on the wire: it connects, sends the
 * {@code agi_*} environment and an empty line, then answers each command line with Asterisk's reply
 * lines (see {@link EmulatedChannel}) until the server closes the connection, after which it writes
 * {@code HANGUP} as Asterisk does when the channel later hangs up.
 *
 * <p>One instance can place many calls, concurrently; each call blocks its thread (use virtual
 * threads for many).
 */
public final class AsteriskAgiEmulator {
    private final String host;
    private final int port;
    private final EmulatorOptions options;

    public AsteriskAgiEmulator(String host, int port, EmulatorOptions options) {
        this.host = host;
        this.port = port;
        this.options = options;
    }

    /** Hooks for measuring a call (load generation); all are called on the call's thread. */
    public interface CallListener {
        CallListener NONE = new CallListener() {};

        /** The server sent its first command: the call is set up. */
        default void firstCommand() {}

        /** Nanoseconds from writing a reply to reading the server's next command. */
        default void turnaround(long nanos) {}
    }

    /** Places a call and returns its transcript once the server ends it. */
    public CallTranscript call(AgiEnvironment environment, Caller caller) throws IOException {
        return call(environment, caller, CallListener.NONE);
    }

    public CallTranscript call(AgiEnvironment environment, Caller caller, CallListener listener) throws IOException {
        return converse(environment.lines(host, port), environment.channel(), environment.language(), Map.of(), caller,
                listener);
    }

    /**
     * Places a call on a channel that already carries {@code variables} (set earlier in the dialplan,
     * e.g. by the collector gate before the feature code ran the script), as {@code GET VARIABLE} answers them.
     */
    public CallTranscript call(AgiEnvironment environment, Caller caller, Map<String, String> variables)
            throws IOException {
        return converse(environment.lines(host, port), environment.channel(), environment.language(), variables,
                caller, CallListener.NONE);
    }

    /**
     * Sends {@code environmentLines} as they are (for malformed-environment tests), then the empty
     * line, and answers commands as usual.
     */
    public CallTranscript callWithRawEnvironment(List<String> environmentLines, Caller caller) throws IOException {
        return converse(environmentLines, "SIP/raw-00000000", "en", Map.of(), caller, CallListener.NONE);
    }

    private CallTranscript converse(List<String> environment, String channelName, String language,
            Map<String, String> variables, Caller caller, CallListener listener) throws IOException {
        CallTranscript transcript = new CallTranscript();
        EmulatedChannel channel = new EmulatedChannel(channelName, language, caller, options, transcript);
        channel.preset(variables);
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) options.socketTimeout().toMillis());
            socket.setSoTimeout((int) options.socketTimeout().toMillis());
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            for (String line : environment) {
                out.write(line);
                out.write('\n');
            }
            out.write('\n');
            out.flush();
            answerCommands(in, out, channel, transcript, listener);
        }
        return transcript;
    }

    private void answerCommands(BufferedReader in, Writer out, EmulatedChannel channel, CallTranscript transcript,
            CallListener listener) throws IOException {
        long repliedAt = 0;
        while (true) {
            String command = in.readLine();
            if (command == null) {
                transcript.add(new TranscriptEntry.ConnectionClosed());
                writeFinalHangup(out);
                return;
            }
            if (repliedAt == 0) {
                listener.firstCommand();
            } else {
                listener.turnaround(System.nanoTime() - repliedAt);
            }
            transcript.commandReceived();
            List<String> reply = new ArrayList<>(2);
            if (transcript.commandsReceived() > options.maxCommands() && !channel.isDead()) {
                reply.addAll(channel.hangUpNow());
            }
            reply.addAll(channel.execute(command));
            for (String line : reply) {
                out.write(line);
                out.write('\n');
            }
            out.flush();
            repliedAt = System.nanoTime();
        }
    }

    /** Asterisk writes HANGUP when the channel hangs up after the script; the server may be gone already. */
    private static void writeFinalHangup(Writer out) {
        try {
            out.write("HANGUP\n");
            out.flush();
        } catch (IOException e) {
            // The server closed its side first; Asterisk ignores this write failure too.
        }
    }
}
