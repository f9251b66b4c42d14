package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.TranscriptEntry;

class FastAgiServerIT {
    private static final DigitSpec ACCOUNT = new DigitSpec(6, Duration.ofSeconds(5), Duration.ofSeconds(2), '#', false);

    private AgiServerFixture fixture;
    private final Queue<DigitInput> inputs = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void startServer() throws IOException {
        fixture = new AgiServerFixture();
        fixture.flows.put("account", s -> {
            s.channel().play(Utterance.of("greeting"));
            inputs.add(s.channel().collect(Utterance.of("enter-account", "then-hash", "or-wait"), ACCOUNT));
        });
    }

    @AfterEach
    void stopServer() {
        fixture.close();
    }

    @Test
    void playsPromptsAndCollectsKeysUpToTheTerminator() throws IOException {
        CallTranscript call = fixture.call("account", "1 2 3 #");

        assertThat(call.promptFiles()).containsExactly("/sounds/en/greeting", "/sounds/en/enter-account");
        assertThat(inputs).containsExactly(new DigitInput("123", DigitInput.Ending.TERMINATOR));
        assertThat(call.agiStatus()).contains("SUCCESS");
        assertThat(fixture.sessions.peek().callerId()).isEqualTo("5551001");
        assertThat(fixture.sessions.peek().callId()).isNotBlank();
    }

    @Test
    void aKeyDuringAPromptBargesInAndSkipsTheRemainingPrompts() throws IOException {
        CallTranscript call = fixture.call("account", "5 6 #");

        assertThat(call.entriesOf(TranscriptEntry.PromptPlayed.class)).containsExactly(
                new TranscriptEntry.PromptPlayed("/sounds/en/greeting", null, false, false),
                new TranscriptEntry.PromptPlayed("/sounds/en/enter-account", '5', false, false));
        assertThat(inputs).containsExactly(new DigitInput("56", DigitInput.Ending.TERMINATOR));
    }

    @Test
    void silenceEndsCollectionWithTheFirstDigitThenTheInterDigitTimeout() throws IOException {
        fixture.call("account", "_");
        CallTranscript second = fixture.call("account", "4 _");

        assertThat(inputs).containsExactly(
                new DigitInput("", DigitInput.Ending.TIMEOUT), new DigitInput("4", DigitInput.Ending.TIMEOUT));
        assertThat(second.entriesOf(TranscriptEntry.DigitWait.class))
                .containsExactly(new TranscriptEntry.DigitWait(2000, null));
    }

    @Test
    void collectionStopsAtMaxDigitsWithoutWaitingForMore() throws IOException {
        fixture.flows.put("menu",
                s -> inputs.add(s.channel().collect(Utterance.of("menu"), DigitSpec.singleKey(Duration.ofSeconds(5)))));

        CallTranscript call = fixture.call("menu", "7");

        assertThat(inputs).containsExactly(new DigitInput("7", DigitInput.Ending.MAX_DIGITS));
        assertThat(call.entriesOf(TranscriptEntry.DigitWait.class)).isEmpty();
    }

    @Test
    void transferSetsTheDialplanDestinationAsteriskContinuesAt() throws IOException {
        fixture.flows.put("agent", s -> s.channel().transfer("ledgerline-agents,100,1"));

        CallTranscript call = fixture.call("agent", "");

        assertThat(call.transferDestination()).contains("ledgerline-agents,100,1");
        assertThat(call.agiStatus()).contains("SUCCESS");
    }

    @Test
    void callerHangingUpMidPromptEndsTheFlowCleanlyWithoutAnErrorLog() throws IOException {
        fixture.flows.put("long", s -> s.channel().play(Utterance.of("first", "second", "third")));
        CallTranscript call;
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            call = fixture.call("long", "H");
            assertThat(logs.atLevel(Level.ERROR)).isEmpty();
            assertThat(logs.events()).anyMatch(e -> e.getFormattedMessage().equals("Caller hung up")
                    && e.getMDCPropertyMap().get(CallScript.MDC_CALL_ID) != null);
        }
        assertThat(call.promptFiles()).containsExactly("/sounds/en/first");
        assertThat(call.callerHungUp()).isTrue();
        assertThat(fixture.flowExceptions).singleElement().isInstanceOf(CallerHungUpException.class);
    }

    @Test
    void commandsAfterAHangUpAreRefusedWith511AndReachTheFlowAsHangUp() throws IOException {
        List<RuntimeException> afterHangUp = new ArrayList<>();
        fixture.flows.put("stubborn", s -> {
            try {
                s.channel().play(Utterance.of("first"));
            } catch (CallerHungUpException e) {
                try {
                    s.channel().play(Utterance.of("second"));
                } catch (CallerHungUpException again) {
                    afterHangUp.add(again);
                }
            }
        });

        CallTranscript call = fixture.call("stubborn", "H");

        assertThat(call.refused(511)).containsExactly("STREAM FILE \"/sounds/en/second\" \"\"");
        assertThat(afterHangUp).hasSize(1);
    }

    @Test
    void anUnknownScriptNameIsPassedThroughToTheHandler() throws IOException {
        CallTranscript call = fixture.call("no-such-flow", "");

        assertThat(fixture.flowNamesSeen).containsExactly("no-such-flow");
        assertThat(call.serverHungUp()).isTrue();
    }

    @Test
    void aWithheldCallerIdReachesTheFlowAsEmpty() throws IOException {
        fixture.flows.put("quiet", s -> {});

        fixture.emulator.call(AgiEnvironment.sipCall("quiet", ""), CallerScript.parse(""));

        assertThat(fixture.sessions.peek().callerId()).isEmpty();
    }

    @Test
    void aMalformedEnvironmentIsRejectedWithOneWarningAndTheServerKeepsServing() throws IOException {
        CallTranscript rejected;
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            rejected = fixture.emulator.callWithRawEnvironment(
                    List.of("agi_network: yes", "this is not an agi line", "agi_channel: SIP/x-1"),
                    CallerScript.parse(""));
            try (Socket dropped = new Socket(InetAddress.getLoopbackAddress(), fixture.server.port())) {
                dropped.getOutputStream().write("agi_network: yes\n".getBytes(StandardCharsets.US_ASCII));
            }
            CallTranscript next = fixture.call("account", "9 #");
            assertThat(next.agiStatus()).contains("SUCCESS");
            assertThat(logs.atLevel(Level.WARN)).hasSize(2)
                    .allMatch(e -> e.getFormattedMessage().startsWith("Rejected a FastAGI connection"));
            assertThat(logs.atLevel(Level.ERROR)).isEmpty();
        }
        assertThat(rejected.serverHungUp()).isTrue();
        assertThat(fixture.flowNamesSeen).containsExactly("account");
        assertThat(fixture.server.isListening()).isTrue();
    }

    @Test
    void twoHundredConcurrentCallsAllCompleteOnVirtualThreads() throws Exception {
        int calls = 200;
        CountDownLatch allConnected = new CountDownLatch(calls);
        Queue<Boolean> virtual = new ConcurrentLinkedQueue<>();
        fixture.flows.put("together", s -> {
            virtual.add(Thread.currentThread().isVirtual());
            allConnected.countDown();
            try {
                assertThat(allConnected.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            s.channel().play(Utterance.of("goodbye"));
        });

        List<Future<CallTranscript>> transcripts = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < calls; i++) {
                transcripts.add(callers.submit(() -> fixture.call("together", "")));
            }
        }

        for (Future<CallTranscript> transcript : transcripts) {
            assertThat(transcript.get().agiStatus()).contains("SUCCESS");
            assertThat(transcript.get().promptKeys()).containsExactly("goodbye");
        }
        assertThat(virtual).hasSize(calls).containsOnly(true);
        assertThat(fixture.registry.get("ledgerline.agi.calls.served").counter().count()).isEqualTo(calls);
        assertThat(fixture.registry.get("ledgerline.agi.command").tag("command", "STREAM FILE").timer().count())
                .isEqualTo(calls);
        assertThat(fixture.metrics.activeCalls()).isZero();
    }
}
