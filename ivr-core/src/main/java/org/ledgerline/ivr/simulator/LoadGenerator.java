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
 * Drives many emulated calls at one FastAGI server on a virtual thread each: ramps up, holds every
 * call open at the same time, runs a probe while they are all held (e.g. a heap reading), then
 * hangs them all up and reports what it measured.
 */
public final class LoadGenerator {
    private final AsteriskAgiEmulator emulator;
    private final LoadPlan plan;

    private final AtomicInteger established = new AtomicInteger();
    private final AtomicInteger endedUnestablished = new AtomicInteger();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong lastSetupAt = new AtomicLong();
    private final Queue<long[]> turnarounds = new ConcurrentLinkedQueue<>();
    private volatile long probeStart;
    private volatile long probeEnd;

    public LoadGenerator(String host, int port, LoadPlan plan) {
        this.emulator = new AsteriskAgiEmulator(host, port, EmulatorOptions.defaults()
                .withPlaybackTime(plan.playbackTime())
                .withSocketTimeout(plan.hold().plus(plan.setupTimeout()).plusSeconds(30))
                .withMaxCommands(Integer.MAX_VALUE));
        this.plan = plan;
    }

    /**
     * Runs the plan.
     *
     * @param whileAllHeld runs once every call is set up (or the set-up timeout passed), before the hold
     */
    public LoadReport run(Runnable whileAllHeld) throws InterruptedException {
        CountDownLatch released = new CountDownLatch(1);
        long start = System.nanoTime();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < plan.calls(); i++) {
                long startAt = start + plan.rampUp().toNanos() * i / plan.calls();
                callers.execute(() -> placeCall(startAt, released));
            }
            awaitSetUp(start);
            probeStart = System.nanoTime();
            whileAllHeld.run();
            probeEnd = System.nanoTime();
            Thread.sleep(plan.hold());
            released.countDown();
        }
        return report(start);
    }

    private void awaitSetUp(long start) throws InterruptedException {
        long deadline = start + plan.rampUp().plus(plan.setupTimeout()).toNanos();
        while (established.get() + endedUnestablished.get() < plan.calls() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private void placeCall(long startAt, CountDownLatch released) {
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
        try {
            CallTranscript transcript = emulator.call(
                    AgiEnvironment.sipCall(plan.script(), "5550100"),
                    new HoldingCaller(plan.openingKeys(), plan.repeatKey(), released),
                    measurement);
            (transcript.commandsReceived() == 0 ? rejected : completed).incrementAndGet();
        } catch (IOException e) {
            failed.incrementAndGet();
        } finally {
            if (measurement.setUp) {
                active.decrementAndGet();
            } else {
                endedUnestablished.incrementAndGet();
            }
            turnarounds.add(measurement.samples());
        }
    }

    private LoadReport report(long start) {
        long[] all = turnarounds.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double setupSeconds = Math.max(1, lastSetupAt.get() - start) / 1e9;
        return new LoadReport(plan.calls(), established.get(), completed.get(), rejected.get(), failed.get(),
                maxActive.get(), established.get() / setupSeconds, all.length,
                Duration.ofNanos(percentile(all, 0.50)), Duration.ofNanos(percentile(all, 0.99)),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    /** One call's set-up flag and turnaround samples, kept on the call's own thread. */
    private final class CallMeasurement implements AsteriskAgiEmulator.CallListener {
        private long[] samples = new long[16];
        private int count;
        private boolean setUp;

        @Override
        public void firstCommand() {
            setUp = true;
            established.incrementAndGet();
            maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
            lastSetupAt.accumulateAndGet(System.nanoTime(), Math::max);
        }

        @Override
        public void turnaround(long nanos) {
            if (overlapsProbe(nanos)) {
                // The probe may stop the world (a heap reading runs GC): not the server's time.
                return;
            }
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, count * 2);
            }
            samples[count++] = nanos;
        }

        private boolean overlapsProbe(long nanos) {
            long started = probeStart;
            if (started == 0) {
                return false;
            }
            long end = System.nanoTime();
            long ended = probeEnd;
            return end >= started && (ended == 0 || end - nanos <= ended);
        }

        long[] samples() {
            return Arrays.copyOf(samples, count);
        }
    }
}
