package org.ledgerline.ivr.call.control;

/** A subscription to one call's progress; closing it stops the reports. */
@FunctionalInterface
public interface CallWatch extends AutoCloseable {
    @Override
    void close();
}
