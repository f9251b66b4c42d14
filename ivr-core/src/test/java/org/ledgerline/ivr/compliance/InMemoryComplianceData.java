package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gate's ports in memory: contact history per account, flags, addresses and stated inconvenient
 * times per customer. Area codes come from the real shipped table. Thread-safe for reads once filled
 * (the benchmark fills it before it starts deciding).
 */
final class InMemoryComplianceData implements ContactHistory, CustomerFlags, CustomerLocations, InconvenientTimes {
    static final AreaCodeZones AREA_CODES = AreaCodeZones.load();
    static final long CUSTOMER = 1;
    static final long ACCOUNT = 10;

    private final Map<Long, List<ContactAttempt>> calls = new HashMap<>();
    private final Map<Long, List<CustomerFlag>> flags = new HashMap<>();
    private final Map<Long, CustomerAddress> addresses = new HashMap<>();
    private final Map<Long, List<InconvenientTime>> stated = new HashMap<>();
    private int callIds;

    /** The usual customer (1) with the usual account (10) living in a state and zone. */
    static InMemoryComplianceData customerIn(String state, String zone) {
        InMemoryComplianceData data = new InMemoryComplianceData();
        data.livesIn(CUSTOMER, state, zone);
        return data;
    }

    InMemoryComplianceData livesIn(long customerId, String state, String zone) {
        addresses.put(customerId, new CustomerAddress(state, ZoneId.of(zone)));
        return this;
    }

    InMemoryComplianceData called(CallDisposition disposition, String at) {
        return record(ACCOUNT, ContactDirection.OUTBOUND, disposition, Instant.parse(at));
    }

    InMemoryComplianceData calledIn(CallDisposition disposition, String at) {
        return record(ACCOUNT, ContactDirection.INBOUND, disposition, Instant.parse(at));
    }

    InMemoryComplianceData record(long accountId, ContactDirection direction, CallDisposition disposition, Instant at) {
        calls.computeIfAbsent(accountId, id -> new ArrayList<>())
                .add(new ContactAttempt(accountId, "2125550100", direction, disposition, at, "call-" + ++callIds));
        return this;
    }

    InMemoryComplianceData flag(CustomerFlag flag) {
        return flag(CUSTOMER, flag);
    }

    InMemoryComplianceData flag(long customerId, CustomerFlag flag) {
        flags.computeIfAbsent(customerId, id -> new ArrayList<>()).add(flag);
        return this;
    }

    InMemoryComplianceData said(InconvenientTime time) {
        return said(CUSTOMER, time);
    }

    InMemoryComplianceData said(long customerId, InconvenientTime time) {
        stated.computeIfAbsent(customerId, id -> new ArrayList<>()).add(time);
        return this;
    }

    ComplianceGate gate() {
        return new ComplianceGate(this, this, this, AREA_CODES, this);
    }

    /** The usual customer's account, called on {@code phone} at {@code now}. */
    GateDecision decide(String phone, String now) {
        return gate().decide(new CallRequest("collector1", CUSTOMER, ACCOUNT, phone), Instant.parse(now));
    }

    @Override
    public List<ContactAttempt> callsAbout(long accountId, Instant since) {
        List<ContactAttempt> found = new ArrayList<>();
        for (ContactAttempt call : calls.getOrDefault(accountId, List.of())) {
            if (!call.at().isBefore(since)) {
                found.add(call);
            }
        }
        return found;
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
