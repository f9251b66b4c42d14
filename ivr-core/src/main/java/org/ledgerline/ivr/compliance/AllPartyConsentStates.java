package org.ledgerline.ivr.compliance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The states whose law requires every party's consent to record a telephone call (or where that is
 * debated, listed so we announce there too), from the table shipped as
 * {@code compliance/all-party-consent-states.csv} with each state's statute.
 */
public final class AllPartyConsentStates {
    public static final String RESOURCE = "compliance/all-party-consent-states.csv";

    /** One row of the table. */
    public record ConsentState(String state, String rule, String source, String notes) {}

    private final Map<String, ConsentState> states;

    private AllPartyConsentStates(Map<String, ConsentState> states) {
        this.states = states;
    }

    public static AllPartyConsentStates load() {
        Map<String, ConsentState> states = new LinkedHashMap<>();
        for (String[] row : CsvResource.rows(RESOURCE, 4)) {
            if (!row[0].matches("[A-Z]{2}")) {
                throw new IllegalStateException(RESOURCE + ": not a two-letter state code: " + row[0]);
            }
            states.put(row[0], new ConsentState(row[0], row[1], row[2], row[3]));
        }
        return new AllPartyConsentStates(Collections.unmodifiableMap(states));
    }

    /** The state's row, when it is an all-party-consent (or debated) state. */
    public Optional<ConsentState> lookUp(String state) {
        return Optional.ofNullable(states.get(state));
    }

    public Map<String, ConsentState> all() {
        return states;
    }
}
