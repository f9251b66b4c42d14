package org.ledgerline.ivr.compliance;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link PhoneNumberZones} from the table shipped as {@code compliance/area-code-zones.csv}: US area
 * code → zone(s) and state. The table covers the common area codes of every US zone, not all of them;
 * a number whose area code is not in it gets no zone, and the gate goes by the address zone alone.
 * An area code listed on several lines spans several zones.
 */
public final class AreaCodeZones implements PhoneNumberZones {
    public static final String RESOURCE = "compliance/area-code-zones.csv";

    private final Map<String, Set<ZoneId>> zones;
    private final Map<String, Set<String>> states;

    private AreaCodeZones(Map<String, Set<ZoneId>> zones, Map<String, Set<String>> states) {
        this.zones = zones;
        this.states = states;
    }

    /** Loads the shipped table; a bad zone name or line stops start-up with the line's content. */
    public static AreaCodeZones load() {
        Map<String, Set<ZoneId>> zones = new HashMap<>();
        Map<String, Set<String>> states = new HashMap<>();
        for (String[] row : CsvResource.rows(RESOURCE, 4)) {
            String areaCode = row[0];
            if (!areaCode.matches("[2-9]\\d\\d")) {
                throw new IllegalStateException(RESOURCE + ": not an area code: " + areaCode);
            }
            try {
                zones.computeIfAbsent(areaCode, code -> new LinkedHashSet<>()).add(ZoneId.of(row[1]));
            } catch (DateTimeException e) {
                throw new IllegalStateException(RESOURCE + ": area code " + areaCode + " has an unknown zone " + row[1],
                        e);
            }
            states.computeIfAbsent(areaCode, code -> new LinkedHashSet<>()).add(row[2]);
        }
        zones.replaceAll((code, set) -> Set.copyOf(set));
        states.replaceAll((code, set) -> Set.copyOf(set));
        return new AreaCodeZones(Map.copyOf(zones), Map.copyOf(states));
    }

    @Override
    public Set<ZoneId> zonesOf(String phoneNumber) {
        return PhoneNumbers.areaCode(phoneNumber).map(code -> zones.getOrDefault(code, Set.of())).orElse(Set.of());
    }

    /** The states the number's area code serves (recording consent); empty when unknown. */
    public Set<String> statesOf(String phoneNumber) {
        return PhoneNumbers.areaCode(phoneNumber).map(code -> states.getOrDefault(code, Set.of())).orElse(Set.of());
    }

    /** How many area codes the table knows. */
    public int size() {
        return zones.size();
    }
}
