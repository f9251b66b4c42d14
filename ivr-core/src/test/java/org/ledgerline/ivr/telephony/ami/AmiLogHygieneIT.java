package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.EmulatedChannel;
import org.slf4j.LoggerFactory;

/**
 * PCI: with every logger at TRACE (far below what we ship), a full AMI session in which the caller
 * keys a card number and a login fails must leave no DTMF digit and no secret in any log line.
 * The AMI user here may read every class, the worst manager.conf a site could have: the
 * connection's own event mask must still keep DTMF off the socket, because Asterisk-Java prints
 * whole events at WARN when dispatch is slow (AsyncEventPump, "Slow processing of event").
 */
class AmiLogHygieneIT {
    private static final String SECRET = "pci-Secret-7731";
    private static final String WRONG_SECRET = "pci-Wrong-9919";
    private static final String CHANNEL = "PJSIP/trunk-00000077";
    private static final String CARD = "4111111111111111";
    /** A DTMF event object as Asterisk-Java renders it ({@code DtmfEndEvent[...digit='4'...]}). */
    private static final Pattern RENDERED_DTMF_EVENT = Pattern.compile("(?i)dtmf(begin|end)?event\\[");
    /** A digit field, as rendered by Asterisk-Java ({@code digit='4'}) or on the wire ({@code Digit: 4}). */
    private static final Pattern DIGIT_FIELD = Pattern.compile("(?i)digit\\s*(=|:)\\s*'?[0-9*#A-D]");

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger asteriskJava = (Logger) LoggerFactory.getLogger("org.asteriskjava");
    private final Logger ledgerline = (Logger) LoggerFactory.getLogger("org.ledgerline");
    private Level asteriskJavaLevel;
    private Level ledgerlineLevel;
    private AmiEmulator emulator;

    @BeforeEach
    void captureEverything() throws IOException {
        asteriskJavaLevel = asteriskJava.getLevel();
        ledgerlineLevel = ledgerline.getLevel();
        asteriskJava.setLevel(Level.TRACE);
        ledgerline.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
        emulator = new AmiEmulator(List.of(AmiAccount.allPowerful("ledgerline", SECRET))).start(0);
        emulator.loginFailureDelay(Duration.ZERO);
        emulator.addChannel(EmulatedChannel.recorded(CHANNEL, "1795510179.77"));
    }

    @AfterEach
    void restore() throws IOException {
        emulator.close();
        root.detachAppender(captured);
        asteriskJava.setLevel(asteriskJavaLevel);
        ledgerline.setLevel(ledgerlineLevel);
    }

    @Test
    void keyedCardDigitsAndSecretsNeverReachALogLine() throws InterruptedException {
        AmiSettings settings = new AmiSettings("127.0.0.1", emulator.port(), "ledgerline", SECRET,
                Duration.ofSeconds(2));
        int deliveredToUs;
        try (AmiConnection ami = new AmiConnection(settings)) {
            // Call control listens too: its event hand-off and channel registry must not log digits either.
            AmiCallControl.over(ami, Clock.systemUTC());
            ami.open();
            AmiRecordingControl recording = new AmiRecordingControl(ami);
            recording.pause(CHANNEL, "1795510179.77");
            deliveredToUs = 0;
            for (int i = 0; i < CARD.length(); i++) {
                deliveredToUs += emulator.pressKey(CHANNEL, CARD.charAt(i));
            }
            recording.resume(CHANNEL, "1795510179.77");
        }
        try (AmiConnection wrong = new AmiConnection(new AmiSettings("127.0.0.1", emulator.port(), "ledgerline",
                WRONG_SECRET, Duration.ofSeconds(2)))) {
            assertThatThrownBy(wrong::open).isInstanceOf(AmiLoginException.class);
        }
        assertThat(emulator.awaitAction(a -> a.isMixMonitorMute(CHANNEL, 0), Duration.ofSeconds(5))).isPresent();

        List<ILoggingEvent> events;
        synchronized (captured) { // AppenderBase appends under this lock; Asterisk-Java threads may still log
            events = List.copyOf(captured.list);
        }
        List<String> lines = events.stream().map(AmiLogHygieneIT::render).toList();
        assertThat(lines).as("captured log lines").isNotEmpty();
        assertThat(lines).noneMatch(line -> RENDERED_DTMF_EVENT.matcher(line).find())
                .noneMatch(line -> DIGIT_FIELD.matcher(line).find())
                .noneMatch(line -> line.contains(CARD))
                .noneMatch(line -> line.contains(SECRET))
                .noneMatch(line -> line.contains(WRONG_SECRET));
        assertThat(deliveredToUs).as("DTMF events Asterisk sent to our session").isZero();
    }

    private static String render(ILoggingEvent event) {
        String throwable = event.getThrowableProxy() == null
                ? ""
                : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " "
                + throwable;
    }
}
