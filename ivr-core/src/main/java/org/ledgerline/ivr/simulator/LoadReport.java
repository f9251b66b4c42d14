package org.ledgerline.ivr.simulator;

import java.time.Duration;

/**
 * What a load run measured (see {@link LoadGenerator} for the phases). Turnaround is the server's
 * time per AGI command: from the emulator writing a reply to reading the next command.
 *
 * @param connected        calls the server started serving (sent at least one command)
 * @param held             calls that got through set-up (identified) into the menu loop
 * @param rejected         calls the server closed without serving (e.g. a full thread pool)
 * @param failed           calls that could not connect or broke off with a socket error
 * @param endedEarly       calls the server ended before the run released them (transfer, apology)
 * @param maxHeld          most calls held in the menu loop at one moment
 * @param heldAtRelease    calls still held at the end of the steady window
 * @param setupsPerSecond  calls held / time from the first call to the last one held
 * @param setupTime        per call: connect to first menu choice (includes the prompts it heard)
 * @param setupTurnaround  turnaround of set-up commands (ledger reads/writes and bcrypt included)
 * @param holdRampTurnaround turnaround of held calls while others were still being set up (and
 *                         during the heap probe)
 * @param steadyTurnaround turnaround with every call held and nobody being set up
 * @param steady           length of the steady window
 */
public record LoadReport(
        int attempted,
        int connected,
        int held,
        int rejected,
        int failed,
        int endedEarly,
        int maxHeld,
        int heldAtRelease,
        double setupsPerSecond,
        LatencySummary setupTime,
        LatencySummary setupTurnaround,
        LatencySummary holdRampTurnaround,
        LatencySummary steadyTurnaround,
        Duration steady,
        Duration elapsed) {

    public String describe() {
        return """
                calls attempted                 %d
                calls connected / held          %d / %d
                rejected / failed / ended early %d / %d / %d
                max calls held at once          %d (%d at release)
                set-up rate                     %.1f calls/s
                set-up time per call            %s
                turnaround p50 / p99 / max (samples):
                  set-up (PIN, ledger)          %s
                  held, during ramp             %s
                  held, steady (%.0f s)          %s
                elapsed                         %.1f s
                """.formatted(attempted, connected, held, rejected, failed, endedEarly, maxHeld, heldAtRelease,
                setupsPerSecond, setupTime.describe(), setupTurnaround.describe(), holdRampTurnaround.describe(),
                steady.toMillis() / 1000.0, steadyTurnaround.describe(), elapsed.toMillis() / 1000.0);
    }
}
