package org.ledgerline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.ivr.testing.LogCapture;
import org.ledgerline.storage.call.CallRecord;
import org.ledgerline.storage.call.CallRepository;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.jdbc.StorageException;
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

        CallOutcome outcome = runner(flow("selfserve", s -> s.channel().play(Utterance.of("selfserve-greeting"))))
                .handle("selfserve", session(channel));

        assertThat(outcome).isEqualTo(CallOutcome.COMPLETED);
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

        CallOutcome outcome = runner(flow("selfserve", s -> handOff.transfer(s.channel()))).handle("selfserve",
                session(channel));

        assertThat(outcome).isEqualTo(CallOutcome.TRANSFERRED);
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

        runner(flow("selfserve",
                s -> s.channel().collect(Utterance.of("menu-main-intro"),
                        DigitSpec.singleKey(java.time.Duration.ofSeconds(5)))))
                .handle("selfserve", session(channel));

        assertThat(record().outcome()).isEqualTo("caller-hung-up");
        assertThat(log.at(Level.ERROR)).isEmpty();
        assertThat(log.at(Level.INFO)).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("hung up"));
        assertThat(log.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }

    @Test
    void apologisesAndTransfersWhenTheLedgerIsDownMidCall() {
        FakeCallChannel channel = new FakeCallChannel();

        CallOutcome outcome = runner(flow("selfserve", s -> {
            s.channel().play(Utterance.of("selfserve-greeting"));
            ledger.goDown();
            throw new LedgerUnavailableException("connection refused", null);
        })).handle("selfserve", session(channel));

        assertThat(outcome).isEqualTo(CallOutcome.LEDGER_UNAVAILABLE);
        assertThat(channel.heard()).containsExactly("selfserve-greeting", "call-ledger-unavailable",
                "call-transfer-to-person");
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
    void apologisesAndTransfersAtOnceWhenTheLedgerIsDownAsTheCallStarts() {
        ledger.goDown();
        CountingCallRepository calls = new CountingCallRepository(ledger.calls());
        AtomicBoolean flowRan = new AtomicBoolean();
        FakeCallChannel channel = new FakeCallChannel();

        CallOutcome outcome = new CallRunner(List.of(flow("selfserve", s -> flowRan.set(true))), calls, handOff, clock)
                .handle("selfserve", session(channel));

        assertThat(outcome).isEqualTo(CallOutcome.LEDGER_UNAVAILABLE);
        assertThat(flowRan).as("the flow cannot work without the ledger").isFalse();
        assertThat(channel.heard()).containsExactly("call-ledger-unavailable", "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains("agents,s,1");
        assertThat(calls.attempts()).as("each try waits the pool's connection timeout").isEqualTo(1);
        assertThat(log.at(Level.WARN)).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage())
                        .startsWith("ledger unavailable at the start of the call"));
        assertThat(log.at(Level.ERROR)).isEmpty();
    }

    @Test
    void runsTheFlowWhenTheCallStartIsRefusedForAnotherReason() {
        FakeCallChannel channel = new FakeCallChannel();
        CallRepository refusingStart = new CountingCallRepository(ledger.calls()) {
            @Override
            public void recordStart(String callId, String direction, @Nullable String channel,
                    @Nullable String callerId, String flow,
                    Instant startedAt) {
                throw new StorageException("record call start: check constraint");
            }
        };

        CallOutcome outcome = new CallRunner(
                List.of(flow("selfserve", s -> s.channel().play(Utterance.of("selfserve-greeting")))), refusingStart,
                handOff, clock)
                .handle("selfserve", session(channel));

        assertThat(outcome).isEqualTo(CallOutcome.COMPLETED);
        assertThat(channel.heard()).containsExactly("selfserve-greeting");
        assertThat(log.at(Level.WARN)).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("could not record the call's start"));
    }

    @Test
    void logsABrokenSwitchConnectionAtWarnAndSaysNothingMore() {
        FakeCallChannel channel = new FakeCallChannel().breakConnection();

        CallOutcome outcome = runner(flow("selfserve",
                s -> s.channel().collect(Utterance.of("menu-main-intro"),
                        DigitSpec.singleKey(java.time.Duration.ofSeconds(5)))))
                .handle("selfserve", session(channel));

        assertThat(outcome).as("the telephony layer reports it to the switch").isEqualTo(CallOutcome.CHANNEL_FAILURE);
        assertThat(channel.heard()).containsExactly("menu-main-intro");
        assertThat(channel.transferredTo()).isEmpty();
        assertThat(record().outcome()).isEqualTo("channel-failure");
        assertThat(log.at(Level.WARN)).isNotEmpty();
        assertThat(log.at(Level.ERROR)).isEmpty();
    }

    @Test
    void sendsTheCallerToAPersonWhenAFlowHasADefect() {
        FakeCallChannel channel = new FakeCallChannel();

        CallOutcome outcome = runner(flow("selfserve", s -> {
            throw new IllegalStateException("bug");
        })).handle("selfserve", session(channel));

        assertThat(outcome).isEqualTo(CallOutcome.FAILED);
        assertThat(channel.heard()).containsExactly("call-technical-problem", "call-transfer-to-person");
        assertThat(record().outcome()).isEqualTo("failed");
        assertThat(log.at(Level.ERROR)).singleElement().satisfies(e -> assertThat(e.getThrowableProxy()).isNotNull());
    }

    @Test
    void putsTheCallIdIntoTheLoggingContextWhileTheCallIsServed() {
        AtomicReference<String> seen = new AtomicReference<>();

        runner(flow("selfserve", s -> seen.set(MDC.get(CallRunner.MDC_CALL_ID)))).handle("selfserve",
                session(new FakeCallChannel()));

        assertThat(seen).hasValue("1795510179.0");
        assertThat(MDC.get(CallRunner.MDC_CALL_ID)).isNull();
    }

    @Test
    void refusesTwoFlowsWithOneName() {
        assertThatThrownBy(() -> runner(flow("selfserve", s -> {}), flow("selfserve", s -> {})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("selfserve");
    }

    /** Counts every call made to the ledger's calls table, then passes it on. */
    private static class CountingCallRepository implements CallRepository {
        private final CallRepository delegate;
        private final AtomicInteger attempts = new AtomicInteger();

        CountingCallRepository(CallRepository delegate) {
            this.delegate = delegate;
        }

        int attempts() {
            return attempts.get();
        }

        @Override
        public void recordStart(String callId, String direction, @Nullable String channel, @Nullable String callerId,
                String flow,
                Instant startedAt) {
            attempts.incrementAndGet();
            delegate.recordStart(callId, direction, channel, callerId, flow, startedAt);
        }

        @Override
        public void attachAccount(String callId, long accountId) {
            attempts.incrementAndGet();
            delegate.attachAccount(callId, accountId);
        }

        @Override
        public void recordEnd(String callId, Instant endedAt, String outcome) {
            attempts.incrementAndGet();
            delegate.recordEnd(callId, endedAt, outcome);
        }

        @Override
        public Optional<CallRecord> findById(String callId) {
            attempts.incrementAndGet();
            return delegate.findById(callId);
        }
    }
}
