package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RefusedPeerLogTest {
    private static final InetAddress SCANNER = InetAddress.ofLiteral("192.0.2.7");
    private static final InetAddress OTHER = InetAddress.ofLiteral("2001:db8::7");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final RefusedPeerLog refusals = new RefusedPeerLog(clock);

    @Test
    void aPeerRefusedManyTimesInAMinuteIsReportedOnceThenWithTheCountOfTheSuppressedOnes() {
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            for (int i = 0; i < 50; i++) {
                refusals.refused(SCANNER, "127.0.0.0/8");
                clock.advance(Duration.ofSeconds(1));
            }
            refusals.refused(SCANNER, "127.0.0.0/8");

            assertThat(logs.atLevel(Level.WARN)).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                    "Refused a FastAGI connection from 192.0.2.7: not in agi.allowedPeers (127.0.0.0/8); 0 more refused "
                            + "from it since the last report, at most one report per peer per 60 s");
            clock.advance(Duration.ofSeconds(10));
            refusals.refused(SCANNER, "127.0.0.0/8");

            assertThat(logs.atLevel(Level.WARN)).hasSize(2);
            assertThat(logs.atLevel(Level.WARN).get(1).getFormattedMessage()).contains("; 50 more refused from it");
        }
    }

    @Test
    void eachPeerHasItsOwnWindow() {
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            refusals.refused(SCANNER, "127.0.0.0/8");
            refusals.refused(OTHER, "127.0.0.0/8");
            refusals.refused(OTHER, "127.0.0.0/8");

            assertThat(logs.atLevel(Level.WARN)).extracting(ILoggingEvent::getFormattedMessage)
                    .hasSize(2)
                    .anyMatch(line -> line.contains("from 192.0.2.7:"))
                    .anyMatch(line -> line.contains("from 2001:db8:0:0:0:0:0:7:"));
        }
    }
}
