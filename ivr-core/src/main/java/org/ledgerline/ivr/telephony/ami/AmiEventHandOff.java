package org.ledgerline.ivr.telephony.ami;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.ManagerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes events off Asterisk-Java's dispatch thread into a bounded queue that one LedgerLine thread
 * ({@code ami-events}) drains into the {@link AmiEventSink}s.
 *
 * <p>Why: Asterisk-Java 3.41 reads the socket on one thread and hands every event <em>and every
 * action response</em> to one pump thread, which calls listeners in turn. A listener that blocks
 * there (a database write, a slow subscriber) delays every later event and also the answer to
 * every action, so a MixMonitorMute could time out behind a slow call record. Here the listener
 * only offers to a queue.
 *
 * <p>Overflow policy: never block the reader. When the queue is full the newest event is dropped,
 * counted ({@link #droppedEvents()}, the metric {@code ledgerline_ami_events_dropped_total}) and
 * reported with one WARN line per {@value #WARN_INTERVAL_SECONDS} s naming only the event type;
 * once the consumer has drained what it has, the sinks get {@link AmiEventSink#onEventsLost} so
 * they rebuild their state from the switch instead of trusting a picture with holes in it.
 * Dropping is safe for the channel registry because CoreShowChannels restores it; blocking would
 * stall MixMonitorMute answers, which protect card data.
 */
final class AmiEventHandOff implements ManagerEventListener, AutoCloseable {
    /** Room for ~10 s of a busy switch (1,000 events/s) behind a stalled consumer. */
    static final int DEFAULT_CAPACITY = 10_000;
    private static final long WARN_INTERVAL_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(AmiEventHandOff.class);

    private final BlockingQueue<ManagerEvent> queue;
    private final int capacity;
    private final List<AmiEventSink> sinks = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean lostSinceLastDrain = new AtomicBoolean();
    private final AtomicLong lastWarnNanos = new AtomicLong(
            System.nanoTime() - TimeUnit.SECONDS.toNanos(WARN_INTERVAL_SECONDS));
    private final Thread consumer;
    private volatile boolean closed;

    AmiEventHandOff(int capacity, String address) {
        if (capacity < 1) {
            throw new IllegalArgumentException("AMI event queue capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.consumer = Thread.ofPlatform().daemon().name("ami-events-" + address).start(this::drain);
    }

    void subscribe(AmiEventSink sink) {
        sinks.add(sink);
    }

    /** Runs on Asterisk-Java's dispatch thread: offer and return, whatever happens. */
    @Override
    public void onManagerEvent(ManagerEvent event) {
        if (closed || queue.offer(event)) {
            return;
        }
        long total = dropped.incrementAndGet();
        lostSinceLastDrain.set(true);
        long now = System.nanoTime();
        long last = lastWarnNanos.get();
        if (now - last >= TimeUnit.SECONDS.toNanos(WARN_INTERVAL_SECONDS) && lastWarnNanos.compareAndSet(last, now)) {
            log.warn("AMI event queue full ({} events): dropped a {} ({} dropped so far); the channel registry will"
                    + " resynchronise from CoreShowChannels", capacity, event.getClass().getSimpleName(), total);
        }
    }

    /** Events dropped because the queue was full, since start. */
    long droppedEvents() {
        return dropped.get();
    }

    /** Events waiting for the consumer now. */
    int queued() {
        return queue.size();
    }

    private void drain() {
        while (!closed) {
            ManagerEvent event;
            try {
                event = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (event != null) {
                deliver(event);
            }
            if (queue.isEmpty() && lostSinceLastDrain.getAndSet(false)) {
                long total = dropped.get();
                sinks.forEach(sink -> sink.onEventsLost(total));
            }
        }
    }

    private void deliver(ManagerEvent event) {
        for (AmiEventSink sink : sinks) {
            try {
                sink.onEvent(event);
            } catch (RuntimeException e) {
                // One faulty sink must not starve the others or kill the thread; the type only, never the event.
                log.error("AMI event sink {} failed on a {}", sink.getClass().getSimpleName(),
                        event.getClass().getSimpleName(), e);
            }
        }
    }

    /** Stops the consumer; events still queued are discarded (the connection is going away). */
    @Override
    public void close() {
        closed = true;
        consumer.interrupt();
        try {
            consumer.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
