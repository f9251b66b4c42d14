package org.ledgerline.ivr.telephony.agi;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports FastAGI connections refused by the allow-list at WARN, at most once per peer address per
 * {@link #INTERVAL}, with the number of refusals left unreported since the last line. A scanner or a
 * misconfigured Asterisk retrying in a loop must not flood the log (or the disk) with one line per
 * connection, and the operator still learns how often it happened.
 */
final class RefusedPeerLog {
    static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Bounds the memory a scan from many addresses can take; past it, stale entries are dropped. */
    private static final int MAX_TRACKED_PEERS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(RefusedPeerLog.class);

    private final Clock clock;
    private final Map<InetAddress, Window> windows = new ConcurrentHashMap<>();

    RefusedPeerLog(Clock clock) {
        this.clock = clock;
    }

    /** Counts one refused connection from {@code peer}; logs when its last line is old enough. */
    void refused(InetAddress peer, String allowed) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_TRACKED_PEERS) {
            windows.values().removeIf(window -> window.reportedAt.plus(INTERVAL).isBefore(now));
        }
        int[] suppressed = {-1};
        windows.compute(peer, (address, window) -> {
            if (window == null || !now.isBefore(window.reportedAt.plus(INTERVAL))) {
                suppressed[0] = window == null ? 0 : window.suppressed;
                return new Window(now, 0);
            }
            return new Window(window.reportedAt, window.suppressed + 1);
        });
        if (suppressed[0] >= 0) {
            log.warn("Refused a FastAGI connection from {}: not in agi.allowedPeers ({}); {} more refused from it "
                    + "since the last report, at most one report per peer per {} s",
                    peer.getHostAddress(), allowed, suppressed[0], INTERVAL.toSeconds());
        }
    }

    private record Window(Instant reportedAt, int suppressed) {}
}
