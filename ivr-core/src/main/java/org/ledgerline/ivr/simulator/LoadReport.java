package org.ledgerline.ivr.simulator;

import java.time.Duration;

/**
 * What a load run measured. Turnaround is the server's time per AGI command: from the emulator
 * writing a reply to reading the next command.
 *
 * @param established calls the server started serving (sent at least one command)
 * @param rejected    calls the server closed without serving (e.g. a full thread pool)
 * @param failed      calls that could not connect or broke off with a socket error
 */
public record LoadReport(
        int attempted,
        int established,
        int completed,
        int rejected,
        int failed,
        int maxConcurrent,
        double setupsPerSecond,
        long turnaroundSamples,
        Duration turnaroundP50,
        Duration turnaroundP99,
        Duration elapsed) {

    public String describe() {
        return """
                calls attempted        %d
                calls set up           %d
                calls completed        %d
                rejected / failed      %d / %d
                max concurrent calls   %d
                set-up rate            %.1f calls/s
                AGI turnaround p50     %.2f ms
                AGI turnaround p99     %.2f ms  (%d commands)
                elapsed                %.1f s
                """.formatted(attempted, established, completed, rejected, failed, maxConcurrent, setupsPerSecond,
                millis(turnaroundP50), millis(turnaroundP99), turnaroundSamples, elapsed.toMillis() / 1000.0);
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1_000_000.0;
    }
}
