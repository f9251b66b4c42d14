package org.ledgerline.ivr.call.control;

/**
 * Port: every call the switch handles, as it progresses, for consumers that follow all calls
 * rather than one they placed (the collector call records). The AMI adapter feeds it from the
 * channel registry and reads the named channel variables when a call's recording starts.
 */
@FunctionalInterface
public interface CallActivityFeed {

    /** Adds a listener that gets every later call's progress and variables. */
    void subscribe(CallActivityListener listener);
}
