package org.ledgerline.ivr.telephony.ami;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/** The AMI connection's meters: events dropped because the hand-off queue was full. */
public final class AmiMetrics {
    private AmiMetrics() {}

    /** Registers {@code ledgerline_ami_events_dropped_total}; anything above 0 means the registry resynchronised. */
    public static void bind(MeterRegistry registry, AmiConnection ami) {
        FunctionCounter.builder("ledgerline.ami.events.dropped", ami, AmiConnection::droppedEvents)
                .description("AMI events dropped because LedgerLine's event queue was full (the channel registry then"
                        + " resynchronises from CoreShowChannels)")
                .register(registry);
    }
}
