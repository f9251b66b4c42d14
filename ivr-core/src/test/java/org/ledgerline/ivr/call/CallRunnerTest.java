package org.ledgerline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.ivr.testing.LogCapture;
import org.ledgerline.storage.call.CallRecord;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.slf4j.MDC;

class CallRunnerTest {
    private static final Instant STARTED = Instant.parse("2026-03-15T15:00:00Z");

    private final Clock clock = Clock.fixed(STARTED.plusSeconds(90), ZoneOffset.UTC);
    private final InMemoryLedger ledger = new InMemoryLedger(clock);
    private final PersonHandOff handOff = new PersonHandOff(DialplanDestination.parse("agents,s,1"));
    private final LogCapture log = LogCapture.of(CallRunner.class);

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    private static CallFlow flow(String name, Consumer<CallSession> body) {
        return new CallFlow() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void handle(CallSession session) {
                body.accept(session);
            }
        };
    }

    private CallRunner runner(CallFlow... flows) {
        return new CallRunner(List.of(flows), ledger.calls(), handOff, clock);
    }

    private static CallSession session(FakeCallChannel channel) {
        return new CallSession("1795510179.0", "5551234", "SIP/trunk-1", channel, STARTED);
    }

    private CallRecord record() {
        ledger.comeBack();
        return ledger.calls().findById("1795510179.0").orElseThrow();
    }

    @Test
    void runsTheNamedFlowAndRecordsTheCall() {
        FakeCallChannel channel = new FakeCallChannel();

        runner(flow("selfserve", s -> s.channel().play(Utterance.of("selfserve-greeting")))).handle("selfserve", session(channel));

        assertThat(channel.heard()).containsExactly("selfserve-greeting");
        assertThat(record()).isEqualTo(new CallRecord("1795510179.0", "inbound", "SIP/trunk-1", "5551234", "selfserve",
                null, STARTED, STARTED.plusSeconds(90), "completed"));
    }

    @Test
    void attachesTheIdentifiedAccountToTheCall() {
        CallSession session = session(new FakeCallChannel());

        runner(flow("selfserve", s -> s.identifiedAs(42))).handle("selfserve", session);

        assertThat(record().accountId()).isEqualTo(42L);
        assertThat(session.accountId()).hasValue(42);
    }

    @Test
    void recordsATransferAsTheOutcome() {
        FakeCallChannel channel = new FakeCallChannel();

        runner(flow("selfserve", s -> handOff.transfer(s.channel()))).handle("selfserve", session(channel));

        assertThat(record().outcome()).isEqualTo("transferred");
    }

    @Test
    void apologisesAndTransfersWhenTheFlowIsUnknown() {
        FakeCallChannel channel = new FakeCallChannel();

        runner(flow("selfserve", s -> {})).handle("no-such-flow", session(channel));

        assertThat(channel.heard()).containsExactly("call-unknown-service", "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains("agents,s,1");
        assertThat(record().outcome()).isEqualTo("unknown-flow");
        assertThat(record().flow()).isEqualTo("no-such-flow");
    }

    @Test
    void endsAHungUpCallAtInfoWithoutAStackTrace() {
        FakeCallChannel channel = new FakeCallChannel().hangUp();

        runner(flow("selfserve", s -> s.channel().collect(Utterance.of("menu-main-intro"), DigitSpec.singleKey(java.time.Duration.ofSeconds(5)))))
                .handle("selfserve", session(channel));

        assertThat(record().outcome()).isEqualTo("caller-hung-up");
        assertThat(log.at(Level.ERROR)).isEmpty();
        assertThat(log.at(Level.INFO)).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("hung up"));
        assertThat(log.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }

    @Test
    void apologisesAndTransfersWhenTheLedgerIsDownMidCall() {
        FakeCallChannel channel = new FakeCallChannel();

        runner(flow("selfserve", s -> {
            s.channel().play(Utterance.of("selfserve-greeting"));
            ledger.goDown();
            throw new LedgerUnavailableException("connection refused", null);
        })).handle("selfserve", session(channel));

        assertThat(channel.heard()).containsExactly("selfserve-greeting", "call-ledger-unavailable", "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains("agents,s,1");
        assertThat(log.at(Level.WARN)).isNotEmpty();
        assertThat(log.at(Level.ERROR)).isEmpty();
        assertThat(record().endedAt()).as("the end could not be written while the ledger was down").isNull();
    }

    @Test
    void recordsALedgerOutageWhenTheLedgerIsBackByTheEndOfTheCall() {
        runner(flow("selfserve", s -> {
            throw new LedgerUnavailableException("pool timed out", null);
        })).handle("selfserve", session(new FakeCallChannel()));

        assertThat(record().outcome()).isEqualTo("ledger-unavailable");
    }

    @Test
    void runsTheFlowEvenWhenTheCallCannotBeRecorded() {
        ledger.goDown();
        FakeCallChannel channel = new FakeCallChannel();

        runner(flow("selfserve", s -> s.channel().play(Utterance.of("selfserve-greeting")))).handle("selfserve", session(channel));

        assertThat(channel.heard()).containsExactly("selfserve-greeting");
        assertThat(log.at(Level.WARN)).hasSize(2);
        ledger.comeBack();
        assertThat(ledger.calls().findById("1795510179.0")).isEmpty();
    }

    @Test
    void logsABrokenSwitchConnectionAtWarnAndSaysNothingMore() {
        FakeCallChannel channel = new FakeCallChannel().breakConnection();

        runner(flow("selfserve", s -> s.channel().collect(Utterance.of("menu-main-intro"), DigitSpec.singleKey(java.time.Duration.ofSeconds(5)))))
                .handle("selfserve", session(channel));

        assertThat(channel.heard()).containsExactly("menu-main-intro");
        assertThat(channel.transferredTo()).isEmpty();
        assertThat(record().outcome()).isEqualTo("channel-failure");
        assertThat(log.at(Level.WARN)).isNotEmpty();
        assertThat(log.at(Level.ERROR)).isEmpty();
    }

    @Test
    void sendsTheCallerToAPersonWhenAFlowHasADefect() {
        FakeCallChannel channel = new FakeCallChannel();

        runner(flow("selfserve", s -> {
            throw new IllegalStateException("bug");
        })).handle("selfserve", session(channel));

        assertThat(channel.heard()).containsExactly("call-technical-problem", "call-transfer-to-person");
        assertThat(record().outcome()).isEqualTo("failed");
        assertThat(log.at(Level.ERROR)).singleElement().satisfies(e -> assertThat(e.getThrowableProxy()).isNotNull());
    }

    @Test
    void putsTheCallIdIntoTheLoggingContextWhileTheCallIsServed() {
        AtomicReference<String> seen = new AtomicReference<>();

        runner(flow("selfserve", s -> seen.set(MDC.get(CallRunner.MDC_CALL_ID)))).handle("selfserve", session(new FakeCallChannel()));

        assertThat(seen).hasValue("1795510179.0");
        assertThat(MDC.get(CallRunner.MDC_CALL_ID)).isNull();
    }

    @Test
    void refusesTwoFlowsWithOneName() {
        assertThatThrownBy(() -> runner(flow("selfserve", s -> {}), flow("selfserve", s -> {})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("selfserve");
    }
}
