package org.ledgerline.ivr.collector;

import java.time.Clock;
import org.ledgerline.ivr.compliance.ComplianceGate;
import org.ledgerline.ivr.compliance.ContactHistory;
import org.ledgerline.ivr.compliance.CustomerFlags;
import org.ledgerline.ivr.compliance.CustomerLocations;
import org.ledgerline.ivr.compliance.InconvenientTimes;
import org.ledgerline.ivr.compliance.PhoneNumberZones;
import org.ledgerline.ivr.compliance.RecordingAnnouncement;
import org.ledgerline.ivr.prompt.Say;

/**
 * Everything the collector gate reads and writes, as one value: the node supplies the ledger-backed
 * adapters ({@code Ledger*} in this package and in {@code compliance}), tests in-memory ones. A node
 * built without ports registers no {@code gate} script: an unknown script is refused, so no collector
 * call can pass an unwired gate.
 */
public record CollectorGatePorts(CollectorDirectory collectors, DebtorLookup debtors, ContactHistory history,
        CustomerFlags flags, CustomerLocations locations, PhoneNumberZones phoneZones,
        InconvenientTimes inconvenientTimes, GateDecisionLog decisions) {

    /** The gate flow over these ports. */
    public CollectorGateFlow flow(RecordingAnnouncement announcement, Say say, Clock clock) {
        return new CollectorGateFlow(collectors, debtors, gate(), announcement, locations, decisions, say, clock);
    }

    /**
     * The compliance gate over these ports: the same decision the {@code gate} script makes, for
     * callers that must know it before a call is placed (click-to-dial).
     */
    public ComplianceGate gate() {
        return new ComplianceGate(history, flags, locations, phoneZones, inconvenientTimes);
    }
}
