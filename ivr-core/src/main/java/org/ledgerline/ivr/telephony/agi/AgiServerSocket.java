package org.ledgerline.ivr.telephony.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.ledgerline.ivr.config.CidrBlock;

/**
 * The listening socket of {@link FastAgiServer}: our backlog, our connection type, a known port,
 * and the allow-list of Asterisk addresses.
 *
 * <p>A peer outside the allow-list is closed inside {@link #accept()}, before Asterisk-Java's
 * connection handler sees it: nothing is read from it (not even the {@code agi_*} environment) and
 * nothing is written, so no flow runs and no ledger row is written. Anyone who could reach the port
 * could otherwise pose as Asterisk and walk a caller's account.
 */
final class AgiServerSocket implements ServerSocketFacade {
    private final ServerSocket serverSocket;
    private final List<CidrBlock> allowedPeers;
    private final String allowedText;
    private final RefusedPeerLog refusals;
    private volatile int readTimeoutMillis;

    AgiServerSocket(ServerSocket serverSocket, int readTimeoutMillis, List<CidrBlock> allowedPeers,
            RefusedPeerLog refusals) {
        this.serverSocket = serverSocket;
        this.readTimeoutMillis = readTimeoutMillis;
        this.allowedPeers = List.copyOf(allowedPeers);
        this.allowedText = String.join(", ", this.allowedPeers.stream().map(CidrBlock::toString).toList());
        this.refusals = refusals;
    }

    @Override
    public SocketConnectionFacade accept() throws IOException {
        while (true) {
            Socket socket = serverSocket.accept();
            InetAddress peer = socket.getInetAddress();
            if (!isAllowed(peer)) {
                // Counted before the close, so the WARN is written by the time the peer sees the connection end.
                refusals.refused(peer, allowedText);
                socket.close();
                continue;
            }
            try {
                return new AgiSocketConnection(socket, readTimeoutMillis);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }
    }

    private boolean isAllowed(InetAddress peer) {
        for (CidrBlock block : allowedPeers) {
            if (block.contains(peer)) {
                return true;
            }
        }
        return false;
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
