package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.mail.OutboxStatus;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Issue 8 item 11: the AMI secret, the database password and the mail password never reach a log
 * line (every logger, root at TRACE), {@code /ready}, {@code /health}, {@code /metrics} or an error
 * response. The node runs with distinctive values for all three and with each of their failure
 * paths exercised: AMI enabled against a port that refuses, the ledger reached with the configured
 * password (the embedded server trusts local connections, so any password gets in and the value
 * still flows through the pool), and SMTP with a login against a port that refuses, so escalation
 * emails fail and are retried while the test watches.
 */
class SecretsNeverLeakIT {
    private static final String AMI_SECRET = "AmiS3cret-q7Lp2Vx9";
    private static final String DB_PASSWORD = "DbPa55-w0rd-Zk4Rt8";
    private static final String MAIL_PASSWORD = "M4ilPa55-Hn6Wq3Ys";
    private static final List<String> SECRETS = List.of(AMI_SECRET, DB_PASSWORD, MAIL_PASSWORD);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static int refusingPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noSecretAppearsInAnyLogLineProbeOrErrorResponse() throws Exception {
        LedgerSettings db = TestLedgers.newDatabase();
        Map<String, String> settings = new HashMap<>(Map.of(
                "ledgerline.ami.enabled", "true",
                "ledgerline.ami.host", "127.0.0.1",
                "ledgerline.ami.port", Integer.toString(refusingPort()),
                "ledgerline.ami.secret", AMI_SECRET,
                "ledgerline.mail.host", "127.0.0.1",
                "ledgerline.mail.port", Integer.toString(refusingPort()),
                "ledgerline.mail.username", "ledgerline-mailer",
                "ledgerline.mail.password", MAIL_PASSWORD,
                "ledgerline.mail.outbox.pollIntervalMs", "100",
                "ledgerline.mail.outbox.baseBackoffMs", "100"));
        settings.putAll(Map.of(
                "ledgerline.mail.outbox.maxBackoffMs", "200",
                "ledgerline.mail.outbox.maxAttempts", "3",
                "ledgerline.disputes.escalationAmount", EscalatingCalls.ESCALATE_EVERYTHING,
                "ledgerline.database.url", db.jdbcUrl(),
                "ledgerline.database.user", db.user(),
                "ledgerline.database.password", DB_PASSWORD,
                "ledgerline.promises.settlementEnabled", "false"));

        List<String> seen = new ArrayList<>();
        List<ILoggingEvent> events;
        try (NodeLogCapture logs = NodeLogCapture.from(Level.TRACE);
                RunningServer node = RunningServer.withProperties(settings)) {
            String callId = EscalatingCalls.disputeOldestInvoice(node);
            Eventually.until(TIMEOUT, "the escalation email is given up on after failing against the closed SMTP port",
                    () -> EscalatingCalls
                            .emailOf(node.server.ledger(), EscalatingCalls.disputeOf(node.server.ledger(), callId))
                            .status() == OutboxStatus.FAILING);
            seen.add(EscalatingCalls
                    .emailOf(node.server.ledger(), EscalatingCalls.disputeOf(node.server.ledger(), callId))
                    .lastError());
            node.server.ledger().alerts().findOpen().forEach(alert -> seen.add(alert.message()));
            seen.addAll(httpAnswers(node));
            seen.add(node.config.toString());
            events = logs.events();
        }

        assertThat(events).as("the AMI login path ran and failed")
                .anyMatch(e -> e.getFormattedMessage().startsWith("Cannot reach AMI"));
        assertThat(events).as("the SMTP login path ran and failed")
                .anyMatch(e -> e.getFormattedMessage().contains("failed 3 attempts, given up"));
        assertThat(events).as("the ledger was opened with the configured password")
                .anyMatch(e -> e.getFormattedMessage().startsWith("Ledger open at"));
        for (ILoggingEvent event : events) {
            seen.add(event.getFormattedMessage());
            seen.add(String.valueOf(event.getMDCPropertyMap()));
            for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                seen.add(cause.getClassName() + ": " + cause.getMessage());
                for (StackTraceElementProxy frame : cause.getStackTraceElementProxyArray()) {
                    seen.add(frame.getSTEAsString());
                }
            }
        }
        for (String text : seen) {
            for (String secret : SECRETS) {
                assertThat(text).as("a log line, probe or response").doesNotContain(secret);
            }
        }
    }

    /** /ready (down: AMI refuses), /health, /metrics, and error answers signed in and not. */
    private static List<String> httpAnswers(RunningServer node) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT)
                .build()) {
            String base = "http://127.0.0.1:" + node.server.httpPort();
            HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base + "/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as("AMI is down, so the node is not ready").isEqualTo(503);
            assertThat(ready.body()).contains("\"ami\":\"DOWN\"");
            bodies.add(ready.body());
            for (String path : List.of("/health", "/metrics", "/no-such-page", "/api/disputes")) {
                bodies.add(client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            }
            HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("username", "manager")
                            .put("password", DemoUsers.DEMO_PASSWORD).encode()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
            for (String path : List.of("/api/disputes/not-a-number", "/api/outbox", "/api/outbox?status=failing")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                bodies.add(answer.body());
            }
        }
        return bodies;
    }
}
