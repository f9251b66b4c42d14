package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.testing.TestLedgers;

/** A node without AMI cannot place calls and says so, instead of pretending a call is ringing. */
class ClickToDialWithoutAmiIT {
    private static RunningServer node;

    @BeforeAll
    static void start() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aCollectorsCallOnANodeWithoutAmiIsAnswered503SayingTheSwitchIsNotConnected() {
        SignedInClient collector = SignedInClient.signIn(node.server.httpPort(), "collector2", DemoUsers.DEMO_PASSWORD);

        HttpResponse<String> refused = collector.send("POST", "/api/calls", "application/json",
                "{\"accountNumber\":\"100045\"}");

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("no connection to the switch");
    }
}
