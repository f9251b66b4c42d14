package org.ledgerline.ivr.telephony.agi;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;

/** The listening socket of {@link FastAgiServer}: our backlog, our connection type, a known port. */
final class AgiServerSocket implements ServerSocketFacade {
    private final ServerSocket serverSocket;
    private volatile int readTimeoutMillis;

    AgiServerSocket(ServerSocket serverSocket, int readTimeoutMillis) {
        this.serverSocket = serverSocket;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    public SocketConnectionFacade accept() throws IOException {
        Socket socket = serverSocket.accept();
        try {
            return new AgiSocketConnection(socket, readTimeoutMillis);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    @Override
    public void setSocketReadTimeout(int socketReadTimeout) {
        this.readTimeoutMillis = socketReadTimeout;
    }

    int port() {
        return serverSocket.getLocalPort();
    }
}
