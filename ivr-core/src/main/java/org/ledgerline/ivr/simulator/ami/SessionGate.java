package org.ledgerline.ivr.simulator.ami;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds new sessions before their banner while closed: a switch that accepts connections but does
 * not answer yet, so a test can change calls while no client is logged in.
 */
final class SessionGate {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition opened = lock.newCondition();
    private boolean held;

    void hold() {
        lock.lock();
        try {
            held = true;
        } finally {
            lock.unlock();
        }
    }

    void release() {
        lock.lock();
        try {
            held = false;
            opened.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits while held; false when interrupted. */
    boolean pass() {
        lock.lock();
        try {
            while (held) {
                opened.await();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
