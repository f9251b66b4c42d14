package org.ledgerline.ivr.app;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that another thread or process makes true, up to a time-out; never a fixed sleep. */
final class Eventually {
    private static final Duration CHECK_EVERY = Duration.ofMillis(50);

    private Eventually() {}

    /** Returns as soon as {@code condition} holds; fails naming {@code what} if it does not within {@code timeout}. */
    static void until(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(CHECK_EVERY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
