package org.ledgerline.ivr.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.ledgerline.storage.LedgerSettings;

/**
 * The child JVM of {@link OutboxCrashIT}: a node on the given database with outbox delivery OFF
 * places one escalating dispute call (so the escalation and its queued email commit together),
 * prints {@value #COMMITTED} and the call id on stdout, then waits to be killed. Because delivery is
 * off, the process dies with the email committed and never sent: the crash between the two steps.
 */
public final class EscalateThenWait {
    static final String COMMITTED = "ESCALATION-COMMITTED ";

    private EscalateThenWait() {}

    /**
     * Places the escalating call, reports it and waits to be killed.
     *
     * @param args JDBC URL, user, password of the ledger database
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RunningServer node = RunningServer.on(new LedgerSettings(args[0], args[1], args[2], 4, Duration.ofSeconds(2)),
                Map.of(
                        "ledgerline.mail.outbox.deliver", "false",
                        "ledgerline.disputes.escalationAmount", EscalatingCalls.ESCALATE_EVERYTHING,
                        "ledgerline.promises.settlementEnabled", "false"));
        String callId = EscalatingCalls.disputeOldestInvoice(node);
        out.println(COMMITTED + callId);
        // Killed here by the parent (destroyForcibly): nothing below this line is meant to run.
        new CountDownLatch(1).await();
    }
}
