package org.ledgerline.storage.contact;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where a customer's address is, as far as the calling rules need it.
 *
 * @param state two-letter US state or territory code of the address
 * @param zone the IANA zone of the address ({@code customers.time_zone})
 */
public record CustomerLocation(long customerId, String state, ZoneId zone) {

    public CustomerLocation {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zone, "zone");
    }
}
