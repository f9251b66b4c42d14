package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.mail.OutboxMessage;
import org.ledgerline.storage.mail.OutboxStatus;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Issue 8 item 15's crash: a real child JVM escalates a dispute (the escalation and its email
 * commit together) and is killed with {@code destroyForcibly()} before anything sends the email;
 * a fresh node on the same database then delivers it, exactly once.
 */
class OutboxCrashIT {
    private static final Duration CHILD_PATIENCE = Duration.ofMinutes(2);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anEscalationCommittedByAProcessKilledBeforeSendingIsDeliveredOnceByTheNextNode() throws Exception {
        LedgerSettings db = TestLedgers.newDatabase();
        List<String> childOutput = new ArrayList<>();
        Process child = new ProcessBuilder(javaExecutable(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), EscalateThenWait.class.getName(),
                db.jdbcUrl(), db.user(), db.password())
                .redirectErrorStream(true)
                .start();
        String callId;
        try {
            callId = awaitCommitted(child, childOutput);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child is gone").isTrue();
        }

        try (Ledger ledger = Ledger.open(db)) {
            DisputeView dispute = EscalatingCalls.disputeOf(ledger, callId);
            assertThat(dispute.status()).isEqualTo(DisputeStatus.ESCALATED);
            OutboxMessage queued = EscalatingCalls.emailOf(ledger, dispute);
            assertThat(queued.status()).as("the killed process never sent it").isEqualTo(OutboxStatus.PENDING);
            assertThat(queued.attempts()).isZero();
        }

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (RunningServer next = RunningServer.on(db, Map.of(
                "ledgerline.mail.host", "127.0.0.1",
                "ledgerline.mail.port", Integer.toString(smtp.getSmtp().getPort()),
                "ledgerline.mail.starttls", "DISABLED",
                "ledgerline.mail.outbox.pollIntervalMs", "100",
                "ledgerline.promises.settlementEnabled", "false"))) {
            DisputeView dispute = EscalatingCalls.disputeOf(next.server.ledger(), callId);
            Eventually.until(PATIENCE, "the next node marks the email sent",
                    () -> EscalatingCalls.emailOf(next.server.ledger(), dispute).status() == OutboxStatus.SENT);

            assertThat(smtp.getReceivedMessages()).singleElement().satisfies(email -> {
                assertThat(email.getSubject()).contains(dispute.referenceNumber());
                assertThat(email.getHeader("Message-ID"))
                        .containsExactly(EscalatingCalls.emailOf(next.server.ledger(), dispute).messageId());
            });
            assertThat(EscalatingCalls.emailOf(next.server.ledger(), dispute).attempts()).isEqualTo(1);
        } finally {
            smtp.stop();
        }
    }

    /** Reads the child's output until it reports the commit; the rest is kept for the failure message. */
    private static String awaitCommitted(Process child, List<String> output) throws Exception {
        CompletableFuture<String> committed = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("child-output").start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith(EscalateThenWait.COMMITTED)) {
                        committed.complete(line.substring(EscalateThenWait.COMMITTED.length()).trim());
                    }
                }
                committed.completeExceptionally(new AssertionError("child exited without committing: " + tail(output)));
            } catch (IOException e) {
                committed.completeExceptionally(e);
            }
        });
        try {
            return committed.get(CHILD_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("child did not commit within " + CHILD_PATIENCE + ": " + tail(output), e);
        }
    }

    private static String tail(List<String> output) {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("no java command"));
    }
}
