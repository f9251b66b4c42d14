package org.ledgerline.storage.collector;

/** Which side of a collector call a MixMonitor file holds. */
public enum RecordingLeg {
    /** What the collector said. */
    COLLECTOR,
    /** What the customer said. */
    CUSTOMER,
    /** Both, mixed: what the desk plays back. */
    MIX
}
