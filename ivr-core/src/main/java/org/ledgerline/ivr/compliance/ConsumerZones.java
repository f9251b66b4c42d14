package org.ledgerline.ivr.compliance;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The zones the consumer may be in when we call a number. The address decides; when the number's area
 * code points elsewhere, the information conflicts and the call must be convenient in all of them
 * (the Official Interpretation of 1006.6(b)(1)(i): with conflicting or ambiguous location information,
 * a time convenient in all the locations complies). An area code that covers the address zone among
 * others (907 covers Anchorage and Adak) does not conflict with it. An unknown area code adds nothing.
 */
public final class ConsumerZones {
    private ConsumerZones() {}

    /** Empty when neither the address nor the area code tells a zone. */
    public static Set<ZoneId> of(Optional<ZoneId> addressZone, Set<ZoneId> phoneZones) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        addressZone.ifPresent(zones::add);
        if (addressZone.isEmpty() || !phoneZones.contains(addressZone.get())) {
            zones.addAll(phoneZones);
        }
        return zones;
    }
}
