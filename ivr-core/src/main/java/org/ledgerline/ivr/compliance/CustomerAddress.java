package org.ledgerline.ivr.compliance;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where the customer lives, as far as the rules need it.
 *
 * @param state two-letter US state or territory code (recording consent)
 * @param zone  the time zone of the address (calling hours, local days)
 */
public record CustomerAddress(String state, ZoneId zone) {

    public CustomerAddress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zone, "zone");
    }
}
