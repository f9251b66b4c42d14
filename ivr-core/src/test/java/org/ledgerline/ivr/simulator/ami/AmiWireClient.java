package org.ledgerline.ivr.simulator.ami;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A bare AMI client for tests: writes raw messages and reads raw answers, with a read timeout. */
final class AmiWireClient implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    AmiWireClient(int port, Duration readTimeout) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) readTimeout.toMillis());
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    String readLine() throws IOException {
        return in.readLine();
    }

    void write(String raw) throws IOException {
        out.write(raw.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one message as header name to value (insertion order); null at end of stream. */
    @Nullable
    Map<String, String> readMessage() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!headers.isEmpty()) {
                    return headers;
                }
                continue;
            }
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return headers.isEmpty() ? null : headers;
    }

    /** Reads messages until one that is not an event (a response); events in between are skipped. */
    @Nullable
    Map<String, String> readResponse() throws IOException {
        Map<String, String> message = readMessage();
        while (message != null && message.containsKey("Event")) {
            message = readMessage();
        }
        return message;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
