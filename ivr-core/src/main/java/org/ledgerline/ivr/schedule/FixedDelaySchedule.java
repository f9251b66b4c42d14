package org.ledgerline.ivr.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one blocking job now and then again a fixed delay after each run ends, on one daemon
 * platform thread of its own, so runs never overlap and never block an event loop. A run that
 * throws is logged and the schedule goes on: an uncaught exception would silently cancel it, and
 * only the ignored future would know.
 */
public final class FixedDelaySchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FixedDelaySchedule.class);

    private final String job;
    private final Duration delay;
    private final Runnable run;
    private final ScheduledExecutorService scheduler;
    private volatile @Nullable ScheduledFuture<?> schedule;

    /**
     * @param job what the job does, for the log ("mail outbox delivery")
     * @param threadName the name of the job's thread
     * @param delay time between the end of one run and the start of the next
     * @param run one run of the job
     */
    public FixedDelaySchedule(String job, String threadName, Duration delay, Runnable run) {
        this.job = job;
        this.delay = delay;
        this.run = run;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name(threadName).daemon(true).factory());
    }

    /** Runs the job now, then every delay after each run, until {@link #close()}. */
    public void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::runLogged, 0, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runLogged() {
        try {
            run.run();
        } catch (StorageException e) {
            // The ledger was unreachable or refused: the next run retries what this one could not do.
            log.warn("{} failed, will retry in {}: {}", job, delay, e.getMessage());
        } catch (RuntimeException e) {
            // Anything else is a bug: log it with its stack trace and keep the schedule alive.
            log.error("{} failed unexpectedly, will retry in {}", job, delay, e);
        }
    }

    /** Stops scheduling, interrupts a run in progress and waits up to ten seconds for it to finish. */
    @Override
    public void close() {
        ScheduledFuture<?> scheduled = schedule;
        if (scheduled != null) {
            scheduled.cancel(true);
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("{} still running at shutdown", job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
