package org.ledgerline.ivr.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives many emulated calls at one FastAGI server on a virtual thread each and measures them in
 * two phases, because they cost the server very different things:
 *
 * <ol>
 *   <li><b>set-up</b>: connect, greeting, caller ID lookup, PIN (a bcrypt check and ledger writes),
 *       up to the caller's first menu choice;
 *   <li><b>held</b>: the caller sits in the menu, pressing the repeat key after every reading.
 * </ol>
 *
 * Once every call is held (or the set-up timeout passed) it runs a probe (e.g. a heap reading),
 * then measures the <i>steady</i> window: all calls held, nobody identifying, for {@link LoadPlan#hold()}.
 * Turnaround is the server's time per AGI command: from the emulator writing a reply to it reading
 * the next command.
 */
public final class LoadGenerator {
    private final AsteriskAgiEmulator emulator;
    private final LoadPlan plan;

    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger endedUnheld = new AtomicInteger();
    private final AtomicInteger activeHeld = new AtomicInteger();
    private final AtomicInteger maxHeld = new AtomicInteger();
    private final AtomicInteger endedEarly = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong lastHeldAt = new AtomicLong();
    private final Queue<CallMeasurement> measurements = new ConcurrentLinkedQueue<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile long steadyStart = Long.MAX_VALUE;
    private volatile long steadyEnd = Long.MAX_VALUE;

    public LoadGenerator(String host, int port, LoadPlan plan) {
        EmulatorOptions options = EmulatorOptions.defaults()
                .withPlaybackTime(plan.playbackTime())
                .withSocketTimeout(plan.bound().plusSeconds(30))
                .withMaxCommands(Integer.MAX_VALUE);
        this.emulator = new AsteriskAgiEmulator(host, port,
                plan.recordedSounds() == null ? options : options.withRecordedLengthsFrom(plan.recordedSounds()));
        this.plan = plan;
    }

    /**
     * Runs the plan.
     *
     * @param whileAllHeld runs once every call is held (or the set-up timeout passed), before the steady window
     */
    public LoadReport run(Runnable whileAllHeld) throws InterruptedException {
        long start = System.nanoTime();
        int heldAtRelease;
        long steadyNanos;
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < plan.calls(); i++) {
                long startAt = start + plan.rampUp().toNanos() * i / plan.calls();
                callers.execute(() -> placeCall(startAt));
            }
            awaitSetUp(start);
            whileAllHeld.run();
            steadyStart = System.nanoTime();
            Thread.sleep(plan.hold());
            steadyEnd = System.nanoTime();
            heldAtRelease = activeHeld.get();
            steadyNanos = steadyEnd - steadyStart;
            released.countDown();
        }
        return report(start, heldAtRelease, Duration.ofNanos(steadyNanos));
    }

    private void awaitSetUp(long start) throws InterruptedException {
        long deadline = start + plan.rampUp().plus(plan.setupTimeout()).toNanos();
        while (held.get() + endedUnheld.get() < plan.calls() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private void placeCall(long startAt) {
        long wait = startAt - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        CallMeasurement measurement = new CallMeasurement();
        measurements.add(measurement);
        try {
            CallTranscript transcript = emulator.call(
                    AgiEnvironment.sipCall(plan.script(), plan.callerId()),
                    new HoldingCaller(plan.openingKeys(), plan.repeatKey(), released, measurement::held),
                    measurement);
            if (transcript.commandsReceived() == 0) {
                rejected.incrementAndGet();
            } else if (released.getCount() > 0) {
                // The server ended the call before the run released it (a transfer, an apology, a bug).
                endedEarly.incrementAndGet();
            }
        } catch (IOException e) {
            failed.incrementAndGet();
        } finally {
            if (measurement.heldAt != 0) {
                activeHeld.decrementAndGet();
            } else {
                endedUnheld.incrementAndGet();
            }
        }
    }

    private LoadReport report(long start, int heldAtRelease, Duration steady) {
        double setupSeconds = Math.max(1, lastHeldAt.get() - start) / 1e9;
        return new LoadReport(plan.calls(), connected.get(), held.get(), rejected.get(), failed.get(), endedEarly.get(),
                maxHeld.get(), heldAtRelease, held.get() / setupSeconds,
                LatencySummary.ofNanos(collect(m -> m.setupNanos == 0 ? new long[0] : new long[] {m.setupNanos})),
                LatencySummary.ofNanos(collect(m -> m.setup.samples())),
                LatencySummary.ofNanos(collect(m -> m.holdRamping.samples())),
                LatencySummary.ofNanos(collect(m -> m.holdSteady.samples())),
                steady, Duration.ofNanos(System.nanoTime() - start));
    }

    private long[] collect(java.util.function.Function<CallMeasurement, long[]> samples) {
        return measurements.stream().map(samples).flatMapToLong(Arrays::stream).toArray();
    }

    /** One call's phase and turnaround samples, written only on the call's own thread. */
    private final class CallMeasurement implements AsteriskAgiEmulator.CallListener {
        private final long connectAt = System.nanoTime();
        private final Samples setup = new Samples();
        private final Samples holdRamping = new Samples();
        private final Samples holdSteady = new Samples();
        private volatile long heldAt;
        private volatile long setupNanos;

        @Override
        public void firstCommand() {
            connected.incrementAndGet();
        }

        /** The caller made its first menu choice: identification is over. */
        void held() {
            long now = System.nanoTime();
            heldAt = now;
            setupNanos = now - connectAt;
            held.incrementAndGet();
            maxHeld.accumulateAndGet(activeHeld.incrementAndGet(), Math::max);
            lastHeldAt.accumulateAndGet(now, Math::max);
        }

        @Override
        public void turnaround(long nanos) {
            if (heldAt == 0) {
                setup.add(nanos);
                return;
            }
            long readAt = System.nanoTime();
            long repliedAt = readAt - nanos;
            if (repliedAt < steadyStart) {
                holdRamping.add(nanos);
            } else if (readAt <= steadyEnd) {
                holdSteady.add(nanos);
            }
        }
    }

    /** A growable array of nanosecond samples. */
    private static final class Samples {
        private long[] values = new long[8];
        private int count;

        void add(long nanos) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = nanos;
        }

        long[] samples() {
            return Arrays.copyOf(values, count);
        }
    }
}
