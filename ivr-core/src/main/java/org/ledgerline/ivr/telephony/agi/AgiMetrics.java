package org.ledgerline.ivr.telephony.agi;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The FastAGI meters: calls in progress, calls served, calls that failed, and the latency of every
 * AGI command by verb. Tags carry the command verb only (never arguments, file names or replies),
 * so no caller data can reach a metric label.
 */
public final class AgiMetrics {
    static final String COMMAND_TIMER = "ledgerline.agi.command";

    private final MeterRegistry registry;
    private final AtomicInteger activeCalls = new AtomicInteger();
    private final Counter callsServed;
    private final Counter callErrors;
    private final Map<String, Timer> commandTimers = new ConcurrentHashMap<>();

    public AgiMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("ledgerline.agi.calls.active", activeCalls, AtomicInteger::get)
                .description("Calls being served right now")
                .register(registry);
        callsServed = Counter.builder("ledgerline.agi.calls.served")
                .description("Calls that ran to their end, including caller hang-ups")
                .register(registry);
        callErrors = Counter.builder("ledgerline.agi.calls.errors")
                .description(
                        "Calls that ended in error: the switch connection broke, the ledger was unavailable or a flow failed")
                .register(registry);
    }

    void callStarted() {
        activeCalls.incrementAndGet();
    }

    void callServed() {
        callsServed.increment();
    }

    void callFailed() {
        callErrors.increment();
    }

    void callEnded() {
        activeCalls.decrementAndGet();
    }

    /** Calls in progress now. */
    public int activeCalls() {
        return activeCalls.get();
    }

    void recordCommand(String verb, long nanos) {
        commandTimers.computeIfAbsent(verb, this::commandTimer).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer commandTimer(String verb) {
        return Timer.builder(COMMAND_TIMER)
                .description("Time from sending an AGI command to reading Asterisk's reply")
                .tag("command", verb)
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }
}
