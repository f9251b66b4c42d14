package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.mail.MailOutbox;
import org.ledgerline.storage.mail.OutboxMessage;
import org.ledgerline.storage.mail.OutboxStatus;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The mail outbox's delivery on a real node: escalations come from real dispute calls over the
 * emulated Asterisk, emails go to GreenMail (a real SMTP server in-process), started late or never.
 */
class OutboxDeliveryIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String MAIL_PASSWORD = "Ou7b0x-Mail-Secret";

    @SuppressWarnings("NullAway.Init") // each test sets it before use; stop() skips it when a test failed first
    private RunningServer node;
    @SuppressWarnings("NullAway.Init") // each test sets it before use; stop() skips it when a test failed first
    private GreenMail smtp;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail smtpOn(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private RunningServer nodeMailingTo(int port, int maxAttempts) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "ledgerline.mail.host", "127.0.0.1",
                "ledgerline.mail.port", Integer.toString(port),
                "ledgerline.mail.starttls", "DISABLED",
                "ledgerline.mail.timeoutMs", "2000",
                "ledgerline.mail.outbox.pollIntervalMs", "100",
                "ledgerline.mail.outbox.baseBackoffMs", "200",
                "ledgerline.mail.outbox.maxBackoffMs", "400",
                "ledgerline.mail.outbox.maxAttempts", Integer.toString(maxAttempts),
                "ledgerline.disputes.escalationAmount", EscalatingCalls.ESCALATE_EVERYTHING,
                "ledgerline.promises.settlementEnabled", "false"));
        return RunningServer.on(TestLedgers.newDatabase(), settings);
    }

    private long emailsAbout(DisputeView dispute) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subjectOf(message).contains(dispute.referenceNumber())).count();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEscalationEmailIsDeliveredOnceWithTheMessageIdOfItsOutboxRow() throws Exception {
        smtp = smtpOn(freePort());
        node = nodeMailingTo(smtp.getSmtp().getPort(), 5);

        DisputeView dispute = EscalatingCalls.disputeOf(node.server.ledger(),
                EscalatingCalls.disputeOldestInvoice(node));

        Eventually.until(PATIENCE, "the outbox row is marked sent",
                () -> EscalatingCalls.emailOf(node.server.ledger(), dispute).status() == OutboxStatus.SENT);
        OutboxMessage sent = EscalatingCalls.emailOf(node.server.ledger(), dispute);
        assertThat(emailsAbout(dispute)).isEqualTo(1);
        MimeMessage email = smtp.getReceivedMessages()[0];
        assertThat(email.getHeader("Message-ID")).containsExactly(sent.messageId());
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(node.server.ledger().mailOutbox().claimDue(10, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void anEmailQueuedWhileSmtpIsDownIsDeliveredOnceAfterItComesBack() {
        int port = freePort();
        node = nodeMailingTo(port, 100);
        DisputeView dispute = EscalatingCalls.disputeOf(node.server.ledger(),
                EscalatingCalls.disputeOldestInvoice(node));
        Eventually.until(PATIENCE, "two attempts failed against the closed port", () -> {
            OutboxMessage queued = EscalatingCalls.emailOf(node.server.ledger(), dispute);
            return queued.attempts() >= 2 && queued.lastError() != null;
        });
        assertThat(EscalatingCalls.emailOf(node.server.ledger(), dispute).status()).isEqualTo(OutboxStatus.PENDING);

        smtp = smtpOn(port);

        Eventually.until(PATIENCE, "the email arrives once SMTP is up", () -> emailsAbout(dispute) >= 1);
        Eventually.until(PATIENCE, "the outbox row is marked sent",
                () -> EscalatingCalls.emailOf(node.server.ledger(), dispute).status() == OutboxStatus.SENT);
        assertThat(emailsAbout(dispute)).isEqualTo(1);
        assertThat(node.server.ledger().alerts().findOpen())
                .noneMatch(alert -> alert.kind().equals(MailOutbox.FAILING_ALERT_KIND));
    }

    @Test
    void anEmailThatKeepsFailingIsMarkedFailingWithOneAlertAndNoSecretInItsError() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of(
                "ledgerline.mail.host", "127.0.0.1",
                "ledgerline.mail.port", Integer.toString(freePort()),
                "ledgerline.mail.username", "ledgerline-mailer",
                "ledgerline.mail.password", MAIL_PASSWORD,
                "ledgerline.mail.outbox.pollIntervalMs", "100",
                "ledgerline.mail.outbox.baseBackoffMs", "100",
                "ledgerline.mail.outbox.maxBackoffMs", "200",
                "ledgerline.mail.outbox.maxAttempts", "3",
                "ledgerline.disputes.escalationAmount", EscalatingCalls.ESCALATE_EVERYTHING,
                "ledgerline.promises.settlementEnabled", "false"));
        DisputeView dispute = EscalatingCalls.disputeOf(node.server.ledger(),
                EscalatingCalls.disputeOldestInvoice(node));

        Eventually.until(PATIENCE, "the email is given up on",
                () -> EscalatingCalls.emailOf(node.server.ledger(), dispute).status() == OutboxStatus.FAILING);

        OutboxMessage failing = EscalatingCalls.emailOf(node.server.ledger(), dispute);
        assertThat(failing.attempts()).isEqualTo(3);
        assertThat(failing.lastError()).contains("127.0.0.1").doesNotContain(MAIL_PASSWORD);
        assertThat(node.server.ledger().mailOutbox().findFailing()).extracting(OutboxMessage::id)
                .containsExactly(failing.id());
        assertThat(node.server.ledger().alerts().findOpen())
                .filteredOn(alert -> alert.kind().equals(MailOutbox.FAILING_ALERT_KIND))
                .singleElement()
                .satisfies(alert -> assertThat(alert.message()).contains(dispute.referenceNumber())
                        .doesNotContain(MAIL_PASSWORD));
    }
}
