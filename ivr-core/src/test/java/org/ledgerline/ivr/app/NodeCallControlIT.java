package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.control.CallControl;
import org.ledgerline.ivr.call.control.OriginateOutcome;
import org.ledgerline.ivr.call.control.OriginateRequest;
import org.ledgerline.ivr.call.control.OriginateResult;
import org.ledgerline.storage.testing.TestLedgers;

/** A node with AMI enabled offers call control, resynchronises on login and exports the dropped-events meter. */
class NodeCallControlIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static PaymentNode node;

    @BeforeAll
    static void start() {
        node = PaymentNode.start(TestLedgers.newDatabase(), Map.of());
    }

    @AfterAll
    static void stop() throws IOException {
        node.close();
    }

    @Test
    void aNodeWithAmiPlacesCallsAndListsTheSwitchsChannelsOnLogin() throws Exception {
        CallControl calls = node.node.server.callControl().orElseThrow();

        OriginateResult result = calls
                .originate(OriginateRequest.of("PJSIP/2001", "ledgerline-collectors", "5550123", 1,
                        "", Map.of(), Duration.ofSeconds(30)))
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(result.outcome()).isEqualTo(OriginateOutcome.ANSWERED);
        assertThat(node.ami.awaitAction(a -> a.name().equals("CoreShowChannels"), WAIT)).isPresent();
    }

    @Test
    void theMetricsPageCountsDroppedAmiEvents() throws Exception {
        HttpResponse<String> metrics = node.node.get("/metrics");

        assertThat(metrics.body()).contains("ledgerline_ami_events_dropped_total 0.0");
    }
}
