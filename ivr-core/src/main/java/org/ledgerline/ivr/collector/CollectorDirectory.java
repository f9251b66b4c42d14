package org.ledgerline.ivr.collector;

import java.util.Optional;

/**
 * Port: which collector (back-office user name) is calling. The ledger adapter reads the users
 * table's endpoint and caller-ID columns; tests use a map. A device or caller ID that belongs to no
 * active collector is unknown, one that belongs to several is ambiguous: the gate refuses both.
 */
public interface CollectorDirectory {

    /** The collector whose phone is {@code endpoint} (the channel name without its suffix, e.g. {@code PJSIP/2001}). */
    Optional<String> collectorAtEndpoint(String endpoint);

    /** The collector whose extension presents {@code callerId} (digits as presented). */
    Optional<String> collectorWithCallerId(String callerId);

    /**
     * Who is calling, by the device first (it cannot be spoofed from outside the switch), by caller ID
     * only when no collector has the device. The default knows no ambiguity (a map has none).
     */
    default CollectorIdentity identify(String endpoint, String callerId) {
        return collectorAtEndpoint(endpoint).map(CollectorIdentity::found)
                .or(() -> callerId.isBlank()
                        ? Optional.empty()
                        : collectorWithCallerId(callerId).map(CollectorIdentity::found))
                .orElse(CollectorIdentity.unknown());
    }
}
