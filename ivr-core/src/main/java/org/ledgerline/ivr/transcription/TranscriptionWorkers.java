package org.ledgerline.ivr.transcription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.ledgerline.ivr.schedule.RetryBackoff;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.transcription.JobStatus;
import org.ledgerline.storage.transcription.TranscriptionJob;
import org.ledgerline.storage.transcription.TranscriptionJobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's transcription workers: a fixed number of platform threads (never the event loop, never
 * virtual threads: decoding is CPU-bound native code that would hold a carrier) that claim jobs from
 * the shared queue, run the {@link TranscriptionPipeline} and store the result with the job. Live
 * calls are protected by the bound, not by thread priorities (Linux ignores Java's by default): at
 * most cores - 1 workers by default, so the FastAGI carriers always have a core.
 */
public final class TranscriptionWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptionWorkers.class);

    private final TranscriptionJobRepository jobs;
    private final TranscriptionPipeline pipeline;
    private final TranscriptionSettings settings;
    private final String nodeName;
    private final RetryBackoff backoff;
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    public TranscriptionWorkers(TranscriptionJobRepository jobs, TranscriptionPipeline pipeline,
            TranscriptionSettings settings, String nodeName) {
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.settings = settings;
        this.nodeName = nodeName;
        this.backoff = new RetryBackoff(settings.baseBackoff(), settings.maxBackoff(), RandomGenerator.getDefault());
    }

    /** Starts the workers. */
    public synchronized void start() {
        if (!threads.isEmpty()) {
            throw new IllegalStateException("already started");
        }
        for (int i = 1; i <= settings.workers(); i++) {
            String owner = nodeName + "/transcriber-" + i;
            Thread thread = Thread.ofPlatform().name("transcriber-" + i).daemon(true).unstarted(() -> work(owner));
            threads.add(thread);
            thread.start();
        }
        LOG.info("transcription: {} worker(s) started", settings.workers());
    }

    private void work(String owner) {
        while (stopping.getCount() > 0) {
            boolean didOne;
            try {
                didOne = runOne(owner);
            } catch (StorageException ledgerDown) {
                LOG.warn("transcription worker {}: the ledger failed ({}); trying again later", owner,
                        ledgerDown.getMessage());
                didOne = false;
            }
            if (!didOne && pause(settings.pollInterval())) {
                return;
            }
        }
    }

    /**
     * Claims and runs one due job.
     *
     * @return whether there was one
     */
    boolean runOne(String owner) {
        Optional<TranscriptionJob> claimed = jobs.claim(owner, settings.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        TranscriptionJob job = claimed.get();
        try {
            switch (pipeline.run(job, (percent, audioMs) -> {
                if (!jobs.progress(job.id(), owner, percent, audioMs, settings.lease())) {
                    throw new LeaseLostException();
                }
                if (stopping.getCount() == 0) {
                    throw new StoppingException();
                }
            })) {
                case TranscriptionPipeline.Outcome.Transcribed done -> {
                    if (jobs.complete(job.id(), owner, done.transcript())) {
                        LOG.info("transcription job {} done: {} segments", job.id(),
                                done.transcript().segments().size());
                    } else {
                        LOG.warn("transcription job {}: lease lost before storing; another worker has it", job.id());
                    }
                }
                case TranscriptionPipeline.Outcome.Waiting waiting -> {
                    boolean _ = jobs.release(job.id(), owner, settings.waitForFiles());
                    LOG.debug("transcription job {} waits: {}", job.id(), waiting.why());
                }
            }
        } catch (LeaseLostException lost) {
            LOG.warn("transcription job {}: lease lost while transcribing; another worker has it", job.id());
        } catch (StoppingException stop) {
            boolean _ = jobs.release(job.id(), owner, Duration.ZERO);
        } catch (RuntimeException failed) {
            // Whatever one job does wrong (bad audio, a native error, a ledger hiccup) is that job's
            // failed attempt, counted and retried or parked: never the end of the worker.
            fail(job, owner, failed);
        }
        return true;
    }

    private void fail(TranscriptionJob job, String owner, RuntimeException failed) {
        String error = failed instanceof UnreadableAudioException
                ? failed.getMessage()
                : failed.getClass().getSimpleName() + ": " + failed.getMessage();
        Optional<JobStatus> status = jobs.fail(job.id(), owner, String.valueOf(error), backoff.after(job.attempts()),
                settings.maxAttempts());
        if (status.filter(JobStatus.PARKED::equals).isPresent()) {
            LOG.error("transcription job {} parked after {} attempts: {}", job.id(), job.attempts(), error);
        } else {
            LOG.warn("transcription job {} failed attempt {} (retrying): {}", job.id(), job.attempts(), error);
        }
    }

    /** Waits, returning true when the node is stopping. */
    private boolean pause(Duration wait) {
        try {
            return stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /**
     * Stops the workers: a job being decoded is given back at its next progress report (within ~5 s
     * of audio) and claimed again by any node; waits up to {@code grace} for the threads.
     */
    public void stop(Duration grace) {
        stopping.countDown();
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread thread : List.copyOf(threads)) {
            try {
                thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    /** The job's lease went to another worker: stop, store nothing. */
    private static final class LeaseLostException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The node is stopping: give the job back. */
    private static final class StoppingException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
