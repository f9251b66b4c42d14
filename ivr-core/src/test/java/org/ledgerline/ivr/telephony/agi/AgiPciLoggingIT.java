package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.ivr.simulator.CallTranscript;

/**
 * PCI: with every logger (ours and Asterisk-Java's) at TRACE, a sensitive collection over real TCP
 * leaves no keyed digit in any log event: message, arguments, MDC or stack trace.
 */
class AgiPciLoggingIT {
    private static final String CARD = "4111111111111111";

    @Test
    void cardDigitsKeyedDuringASensitiveCollectAppearInNoLogEventEvenAtTrace() throws Exception {
        Queue<DigitInput> captured = new ConcurrentLinkedQueue<>();
        try (LogCapture logs = new LogCapture(Level.TRACE); AgiServerFixture fixture = new AgiServerFixture()) {
            DigitSpec card = new DigitSpec(19, Duration.ofSeconds(10), Duration.ofSeconds(5), '#', true);
            fixture.flows.put("pay", s -> {
                captured.add(s.channel().collect(Utterance.of("enter-card"), card));
                s.channel().play(Utterance.of("thank-you"));
            });

            CallTranscript call = fixture.call("pay", String.join(" ", CARD.split("")) + " #");

            assertThat(call.agiStatus()).contains("SUCCESS");
            assertThat(captured).singleElement().extracting(DigitInput::digits).isEqualTo(CARD);
            assertThat(logs.events()).isNotEmpty().noneMatch(AgiPciLoggingIT::mentionsTheCard);
        }
    }

    private static boolean mentionsTheCard(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            text.append(Arrays.toString(event.getArgumentArray()));
        }
        text.append(event.getMDCPropertyMap());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(t.getMessage());
        }
        String all = text.toString();
        // Keys arrive one by one as ASCII codes too (result=52 is '4'): look for the digits in either form.
        return all.contains(CARD) || all.contains(CARD.substring(0, 6)) || all.contains("result=52");
    }
}
