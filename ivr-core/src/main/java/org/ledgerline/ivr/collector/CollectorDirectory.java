package org.ledgerline.ivr.collector;

import java.util.Optional;

/**
 * Port: which collector (back-office user name) is calling. The ledger adapter reads the users
 * table's endpoint and caller-ID columns; tests use a map. A device or caller ID that belongs to no
 * active collector is unknown: the gate then refuses the call.
 */
public interface CollectorDirectory {

    /** The collector whose phone is {@code endpoint} (the channel name without its suffix, e.g. {@code PJSIP/2001}). */
    Optional<String> collectorAtEndpoint(String endpoint);

    /** The collector whose extension presents {@code callerId} (digits as presented). */
    Optional<String> collectorWithCallerId(String callerId);
}
