package org.ledgerline.ivr.promise;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ledgerline.ivr.schedule.FixedDelaySchedule;
import org.ledgerline.storage.promise.PromiseRepository;
import org.ledgerline.storage.promise.PromiseSettlement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles promises to pay on a schedule: {@link PromiseRepository#settle} marks kept the promises
 * payments covered and broken those whose date has passed (the ledger raises one alert per broken
 * promise, idempotently, so overlapping or repeated runs are harmless).
 *
 * <p>"Today" is taken in the westernmost time zone ({@value #LAST_ZONE}): a promise for the 24th
 * is only broken once the 24th has ended for every customer, wherever they live.
 *
 * <p>Runs on one daemon platform thread of its own ("promise-settlement"): the settlement is a
 * single blocking transaction that must never run on an event loop nor overlap itself.
 */
public final class PromiseSettlementJob implements AutoCloseable {
    static final String LAST_ZONE = "Etc/GMT+12";
    private static final Logger log = LoggerFactory.getLogger(PromiseSettlementJob.class);

    private final PromiseRepository promises;
    private final Clock clock;
    private final Duration interval;
    private final FixedDelaySchedule schedule;

    /** @param interval time between the end of one run and the start of the next */
    public PromiseSettlementJob(PromiseRepository promises, Clock clock, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the settlement interval must be positive, not " + interval);
        }
        this.promises = promises;
        this.clock = clock;
        this.interval = interval;
        this.schedule = new FixedDelaySchedule("promise settlement", "promise-settlement", interval, this::runOnce);
    }

    /** Runs now, then every interval after each run, until {@link #close()}. */
    public void start() {
        schedule.start();
        log.info("promise settlement scheduled every {}", interval);
    }

    /** One settlement as of today; what it changed. Thread-safe (the ledger serialises concurrent runs). */
    public PromiseSettlement runOnce() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(LAST_ZONE)));
        PromiseSettlement settled = promises.settle(today);
        if (settled.kept() > 0 || settled.broken() > 0) {
            log.info("promises settled as of {}: {} kept, {} broken", today, settled.kept(), settled.broken());
        }
        return settled;
    }

    /** Stops scheduling and waits briefly for a run in progress to finish. */
    @Override
    public void close() {
        schedule.close();
    }
}
