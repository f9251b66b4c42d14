package org.ledgerline.ivr.compliance;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Load generator for the gate's decision logic over the in-memory ports (the JDBC-backed figure needs
 * the ledger adapters): thousands of accounts, each with a week and a half of call history in every
 * disposition, some flags, some stated inconvenient times, customers in every US zone, one in five
 * reached on a number from another zone. Each decision is for a random account at a random moment
 * of one day, so allowed calls and every kind of denial (with its next-allowed search) are in the mix.
 *
 * <p>Two phases after a warm-up: closed loop (every thread decides as fast as it can: the ceiling)
 * and paced (a fixed rate spread over the threads; latency is measured from each decision's
 * scheduled start, so a stall counts against every decision it delays). Each phase also reports the
 * bench threads' CPU time per decision, which other processes on the machine do not inflate. Not a
 * unit test: run it as
 * {@code java -cp ivr-core/target/classes:ivr-core/target/test-classes
 * org.ledgerline.ivr.compliance.ComplianceGateBench [accounts] [seconds] [threads] [rate]}.
 */
public final class ComplianceGateBench {
    static final Instant DAY_START = Instant.parse("2026-07-15T00:00:00Z");
    static final String[][] HOMES = {
            {"NY", "America/New_York", "212"}, {"IL", "America/Chicago", "312"}, {"CO", "America/Denver", "303"},
            {"AZ", "America/Phoenix", "602"}, {"CA", "America/Los_Angeles", "213"}, {"AK", "America/Anchorage", "907"},
            {"HI", "Pacific/Honolulu", "808"}, {"FL", "America/New_York", "850"}, {"AZ", "America/Phoenix", "928"},
    };
    private static final CallDisposition[] DISPOSITIONS = CallDisposition.values();
    private static final FlagKind[] FLAG_KINDS = FlagKind.values();
    /** CPU time per decision, independent of how many other processes share the cores. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ComplianceGateBench() {}

    public static void main(String[] args) throws InterruptedException {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;

        InMemoryComplianceData data = new InMemoryComplianceData();
        String[] phones = new String[accounts + 1];
        int calls = fill(data, accounts, phones);
        ComplianceGate gate = data.gate();
        CallRequest[] requests = requests(phones);
        System.out.printf("accounts %,d, calls in history %,d, threads %d, cores %d, %s%n", accounts, calls, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.version());

        run(gate, requests, threads, Duration.ofSeconds(2), 0, false);
        run(gate, requests, threads, Duration.ofSeconds(seconds), 0, true);
        run(gate, requests, threads, Duration.ofSeconds(seconds), rate, true);
    }

    /** The in-memory ports use one id for the customer and the account. */
    private static CallRequest[] requests(String[] phones) {
        CallRequest[] requests = new CallRequest[phones.length - 1];
        for (int id = 1; id < phones.length; id++) {
            requests[id - 1] = new CallRequest("bench", id, id, phones[id]);
        }
        return requests;
    }

    private static int fill(InMemoryComplianceData data, int accounts, String[] phones) {
        SplittableRandom random = new SplittableRandom(42);
        int calls = 0;
        for (int id = 1; id <= accounts; id++) {
            String[] home = HOMES[id % HOMES.length];
            data.livesIn(id, home[0], home[1]);
            String areaCode = id % 5 == 0 ? HOMES[(id + 3) % HOMES.length][2] : home[2];
            phones[id] = areaCode + "555" + String.format("%04d", id % 10_000);
            int history = random.nextInt(14);
            for (int c = 0; c < history; c++) {
                CallDisposition disposition = DISPOSITIONS[random.nextInt(DISPOSITIONS.length)];
                if (disposition == CallDisposition.CONVERSATION && random.nextInt(3) > 0) {
                    disposition = CallDisposition.NO_ANSWER;
                }
                Instant at = DAY_START.minus(Duration.ofMinutes(random.nextInt(9 * 24 * 60)));
                data.record(id, random.nextInt(10) == 0 ? ContactDirection.INBOUND : ContactDirection.OUTBOUND,
                        disposition, at);
                calls++;
            }
            if (random.nextInt(30) == 0) {
                FlagKind kind = FLAG_KINDS[random.nextInt(FLAG_KINDS.length)];
                data.flag(id, kind.perPhoneNumber()
                        ? CustomerFlag.wrongNumber(phones[id], "bench", DAY_START, "")
                        : CustomerFlag.set(kind, "bench", DAY_START, ""));
            }
            if (random.nextInt(10) == 0) {
                data.said(id, new InconvenientTime(InconvenientTime.WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
                        "at work", "bench"));
            }
        }
        return calls;
    }

    /**
     * One phase over random {@code requests} at random moments of {@link #DAY_START}'s day; {@code rate}
     * 0 means closed loop. Prints a results line when {@code report}.
     */
    static void run(ComplianceGate gate, CallRequest[] requests, int threads, Duration length, int rate,
            boolean report) throws InterruptedException {
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        List<Map<DenialReason, Integer>> reasons = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            reasons.add(new EnumMap<>(DenialReason.class));
        }
        int[] allowed = new int[threads];
        long[] cpuNanos = new long[threads];
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long end = start + length.toNanos();
        for (int t = 0; t < threads; t++) {
            int me = t;
            latencies[t] = new long[rate > 0 ? (int) (rate * length.toSeconds() / threads + 16) : 8_000_000];
            Thread.ofPlatform().name("bench-" + t).start(() -> {
                SplittableRandom random = new SplittableRandom(1000 + me);
                long cpuAtStart = CPU.getCurrentThreadCpuTime();
                long interval = rate > 0 ? TimeUnit.SECONDS.toNanos(1) * threads / rate : 0;
                long scheduled = start + me * (interval / Math.max(1, threads));
                while (counts[me] < latencies[me].length) {
                    long began;
                    if (rate > 0) {
                        if (scheduled >= end) {
                            break;
                        }
                        waitUntil(scheduled);
                        began = scheduled;
                        scheduled += interval;
                    } else {
                        began = System.nanoTime();
                        if (began >= end) {
                            break;
                        }
                    }
                    CallRequest request = requests[random.nextInt(requests.length)];
                    Instant now = DAY_START.plusSeconds(random.nextInt(24 * 3600));
                    GateDecision decision = gate.decide(request, now);
                    latencies[me][counts[me]++] = System.nanoTime() - began;
                    if (decision.allowed()) {
                        allowed[me]++;
                    } else {
                        reasons.get(me).merge(decision.reason().orElseThrow(), 1, Integer::sum);
                    }
                }
                cpuNanos[me] = CPU.getCurrentThreadCpuTime() - cpuAtStart;
                done.countDown();
            });
        }
        done.await();
        if (report) {
            print(rate, length, latencies, counts, allowed, reasons, Arrays.stream(cpuNanos).sum());
        }
    }

    private static void print(int rate, Duration length, long[][] latencies, int[] counts, int[] allowed,
            List<Map<DenialReason, Integer>> reasons, long cpuNanos) {
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < counts.length; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        Map<DenialReason, Integer> mix = new EnumMap<>(DenialReason.class);
        for (Map<DenialReason, Integer> r : reasons) {
            r.forEach((reason, n) -> mix.merge(reason, n, Integer::sum));
        }
        // paced threads also spin up to 50 µs before each decision, so their CPU time is not the gate's
        String cpu = rate > 0 ? "-" : "%.1f µs".formatted(cpuNanos / 1_000.0 / total);
        System.out.printf("| %s | %d s | %,d | %,.0f /s | %.1f / %.1f / %.1f / %.1f µs | %s | %d%% allowed; %s |%n",
                rate > 0 ? "paced " + rate + "/s" : "closed loop", length.toSeconds(), total,
                total / (double) length.toSeconds(), micros(all, 0.50), micros(all, 0.99), micros(all, 0.999),
                all[all.length - 1] / 1_000.0, cpu, 100 * Arrays.stream(allowed).sum() / total, mix);
    }

    /** Sleeps most of the wait (so an idle phase leaves the cores to others), spins the last 50 µs. */
    private static void waitUntil(long deadline) {
        long left = deadline - System.nanoTime();
        if (left > 50_000) {
            LockSupport.parkNanos(left - 50_000);
        }
        while (System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** Nearest-rank percentile, in microseconds. */
    private static double micros(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1_000.0;
    }
}
