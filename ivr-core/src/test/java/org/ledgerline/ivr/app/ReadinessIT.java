package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * {@code /ready} tells a load balancer whether to send this node calls, {@code /health} only that the
 * process answers: with the FastAGI listener down the node is alive but not ready. A node of its
 * own, because the test takes its FastAGI listener away.
 */
class ReadinessIT {
    private RunningServer node;

    @BeforeEach
    void startNode() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    @Test
    void aNodeWhoseFastAgiListenerIsDownIsAliveButNotReady() {
        HttpResponse<String> before = node.get("/ready");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("\"fastagi\":\"UP\"");
        int agiPort = node.server.agiPort();

        node.server.fastAgi().stop();

        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), agiPort).close())
                .as("Asterisk can no longer connect").isInstanceOf(ConnectException.class);
        HttpResponse<String> ready = node.get("/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"status\":\"DOWN\"", "\"fastagi\":\"DOWN\"", "\"ledger\":\"UP\"");
        HttpResponse<String> health = node.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
