package org.ledgerline.ivr.collector;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.compliance.AllPartyConsentStates;
import org.ledgerline.ivr.compliance.AreaCodeZones;
import org.ledgerline.ivr.compliance.CallDisposition;
import org.ledgerline.ivr.compliance.ContactAttempt;
import org.ledgerline.ivr.compliance.ContactDirection;
import org.ledgerline.ivr.compliance.ContactHistory;
import org.ledgerline.ivr.compliance.CustomerAddress;
import org.ledgerline.ivr.compliance.CustomerFlag;
import org.ledgerline.ivr.compliance.CustomerFlags;
import org.ledgerline.ivr.compliance.CustomerLocations;
import org.ledgerline.ivr.compliance.InconvenientTime;
import org.ledgerline.ivr.compliance.InconvenientTimes;
import org.ledgerline.ivr.compliance.RecordingAnnouncement;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.testing.InMemoryLedger;

/**
 * Every port the collector gate reads, in memory: collectors by device and caller ID, customers'
 * numbers and accounts, call history, flags, addresses and stated times; decisions are audited into
 * an {@link InMemoryLedger}'s audit log through the real adapter. Area codes and consent states come
 * from the shipped tables.
 */
final class InMemoryCollectorPorts
        implements
            CollectorDirectory,
            DebtorLookup,
            ContactHistory,
            CustomerFlags,
            CustomerLocations,
            InconvenientTimes {
    static final AreaCodeZones AREA_CODES = AreaCodeZones.load();
    static final Say SAY = new Say(PromptCatalog.fromClasspath());

    final InMemoryLedger ledger;
    private final Map<String, String> byEndpoint = new HashMap<>();
    private final Set<String> sharedEndpoints = new HashSet<>();
    private final Map<String, String> byCallerId = new HashMap<>();
    private final Map<String, Debtor> byNumber = new HashMap<>();
    private final Map<Long, List<ContactAttempt>> calls = new HashMap<>();
    private final Map<Long, List<CustomerFlag>> flags = new HashMap<>();
    private final Map<Long, CustomerAddress> addresses = new HashMap<>();
    private final Map<Long, List<InconvenientTime>> stated = new HashMap<>();
    private boolean historyFails;
    private boolean directoryDefective;
    private int callIds;

    InMemoryCollectorPorts(Clock clock) {
        this.ledger = new InMemoryLedger(clock);
    }

    InMemoryCollectorPorts collector(String userName, String endpoint, String callerId) {
        byEndpoint.put(endpoint, userName);
        byCallerId.put(callerId, userName);
        return this;
    }

    InMemoryCollectorPorts customer(long customerId, long accountId, String number, String state, String zone) {
        byNumber.put(number, new Debtor(customerId, accountId));
        addresses.put(customerId, new CustomerAddress(state, ZoneId.of(zone)));
        return this;
    }

    InMemoryCollectorPorts called(long accountId, CallDisposition disposition, Instant at) {
        calls.computeIfAbsent(accountId, id -> new ArrayList<>()).add(new ContactAttempt(accountId, "2125550100",
                ContactDirection.OUTBOUND, disposition, at, "call-" + ++callIds));
        return this;
    }

    InMemoryCollectorPorts flag(long customerId, CustomerFlag flag) {
        flags.computeIfAbsent(customerId, id -> new ArrayList<>()).add(flag);
        return this;
    }

    InMemoryCollectorPorts said(long customerId, InconvenientTime time) {
        stated.computeIfAbsent(customerId, id -> new ArrayList<>()).add(time);
        return this;
    }

    /** The contact history (the ledger) fails on the next decision, as a JDBC adapter does when PostgreSQL is down. */
    InMemoryCollectorPorts historyUnavailable() {
        historyFails = true;
        return this;
    }

    /** The collector directory has a defect (not a ledger failure): it throws an unexpected exception. */
    InMemoryCollectorPorts directoryDefective() {
        directoryDefective = true;
        return this;
    }

    CollectorGateFlow flow(boolean announceEveryCall, Clock clock) {
        RecordingAnnouncement announcement = new RecordingAnnouncement(announceEveryCall,
                AllPartyConsentStates.load(), AREA_CODES);
        return new CollectorGatePorts(this, this, this, this, this, AREA_CODES, this,
                new AuditLogGateDecisionLog(ledger.auditLog())).flow(announcement, SAY, clock);
    }

    @Override
    public Optional<String> collectorAtEndpoint(String endpoint) {
        if (directoryDefective) {
            throw new IllegalStateException("defect in the directory (test)");
        }
        return Optional.ofNullable(byEndpoint.get(endpoint));
    }

    /** {@code endpoint} is on file for two collectors: the gate must refuse it as ambiguous. */
    InMemoryCollectorPorts sharedEndpoint(String endpoint) {
        sharedEndpoints.add(endpoint);
        return this;
    }

    @Override
    public CollectorIdentity identify(String endpoint, String callerId) {
        return sharedEndpoints.contains(endpoint)
                ? CollectorIdentity.ambiguous("endpoint " + endpoint)
                : CollectorDirectory.super.identify(endpoint, callerId);
    }

    @Override
    public Optional<String> collectorWithCallerId(String callerId) {
        return Optional.ofNullable(byCallerId.get(callerId));
    }

    @Override
    public Optional<Debtor> byPhoneNumber(String nanpDigits) {
        return Optional.ofNullable(byNumber.get(nanpDigits));
    }

    @Override
    public Optional<Debtor> byAccount(long accountId, String nanpDigits) {
        return byPhoneNumber(nanpDigits).filter(debtor -> debtor.accountId() == accountId);
    }

    @Override
    public List<ContactAttempt> callsAbout(long accountId, Instant since) {
        if (historyFails) {
            throw new org.ledgerline.storage.jdbc.LedgerUnavailableException("ledger down (test)", null);
        }
        return calls.getOrDefault(accountId, List.of()).stream().filter(call -> !call.at().isBefore(since)).toList();
    }

    @Override
    public List<CustomerFlag> flagsOf(long customerId) {
        return flags.getOrDefault(customerId, List.of());
    }

    @Override
    public Optional<CustomerAddress> addressOf(long customerId) {
        return Optional.ofNullable(addresses.get(customerId));
    }

    @Override
    public List<InconvenientTime> inconvenientTimesOf(long customerId) {
        return stated.getOrDefault(customerId, List.of());
    }
}
