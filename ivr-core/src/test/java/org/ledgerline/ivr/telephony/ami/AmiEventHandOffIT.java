package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.CallEvents;
import org.ledgerline.ivr.simulator.ami.ChannelSnapshot;

/**
 * Events leave Asterisk-Java's dispatch thread through a bounded queue: a stuck consumer holds up
 * neither the reader nor action answers, and a full queue drops, counts and asks for a resync.
 */
class AmiEventHandOffIT {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final int CAPACITY = 4;

    private AmiEmulator emulator;
    private AmiConnection ami;
    private final StuckSink sink = new StuckSink();

    /** Blocks on the first Hangup it gets until released; counts what it receives. */
    private static final class StuckSink implements AmiEventSink {
        final CountDownLatch stuck = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch told = new CountDownLatch(1);
        final AtomicInteger hangups = new AtomicInteger();
        final AtomicLong droppedWhenTold = new AtomicLong();

        @Override
        public void onEvent(ManagerEvent event) {
            if (event instanceof HangupEvent && hangups.incrementAndGet() == 1) {
                stuck.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void onEventsLost(long dropped) {
            droppedWhenTold.set(dropped);
            told.countDown();
        }
    }

    @BeforeEach
    void start() throws IOException {
        emulator = new AmiEmulator(List.of(AmiAccount.ledgerline("ledgerline", "s3cret"))).start(0);
        ami = new AmiConnection(
                new AmiSettings("127.0.0.1", emulator.port(), "ledgerline", "s3cret", Duration.ofSeconds(2)),
                CAPACITY);
        ami.subscribe(sink);
        ami.open();
    }

    @AfterEach
    void stop() throws IOException {
        sink.release.countDown();
        ami.close();
        emulator.close();
    }

    private void emitHangups(int count) {
        for (int i = 0; i < count; i++) {
            ChannelSnapshot channel = ChannelSnapshot.down("PJSIP/2001-0000000" + i, "h." + i, "h." + i, "2001", "c",
                    "s");
            emulator.emit(CallEvents.hangup(channel, 16, "Normal Clearing"));
        }
    }

    @Test
    void aStuckEventConsumerDoesNotDelayTheAnswerToAnAction() throws InterruptedException {
        emitHangups(1);
        assertThat(sink.stuck.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThat(ami.send(new PingAction()).getResponse()).isEqualTo("Success");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(ami.droppedEvents()).isZero();
    }

    @Test
    void aFullQueueDropsTheNewestEventsCountsThemAndAsksSinksToResynchronise() throws InterruptedException {
        emitHangups(1);
        assertThat(sink.stuck.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        emitHangups(20);

        // The Ping's answer follows the 20 events on the wire, so by now each was queued or dropped.
        assertThat(ami.send(new PingAction()).getResponse()).isEqualTo("Success");
        assertThat(ami.droppedEvents()).isEqualTo(20 - CAPACITY);

        sink.release.countDown();
        assertThat(sink.told.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(sink.droppedWhenTold.get()).isEqualTo(20 - CAPACITY);
        assertThat(sink.hangups.get()).isEqualTo(1 + CAPACITY);
    }
}
