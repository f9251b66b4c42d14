package org.ledgerline.ivr.telephony.ami;

import org.asteriskjava.manager.event.ManagerEvent;

/**
 * Receives the AMI connection's events on LedgerLine's own event thread (never Asterisk-Java's
 * reader), one at a time and in arrival order. A sink may take its time: only later events of the
 * queue wait, never the socket reader or action responses.
 */
public interface AmiEventSink {

    /** One event, in arrival order. Must not log its contents (PCI: see the package doc). */
    void onEvent(ManagerEvent event);

    /**
     * The queue overflowed and {@code dropped} events (in total so far) were thrown away; the
     * sink's picture of the switch may be wrong and should be rebuilt (the channel registry
     * resynchronises from CoreShowChannels). Called on the event thread once the queue has room.
     */
    default void onEventsLost(long dropped) {}
}
