package org.ledgerline.ivr.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a collector may place a call now, and if not, why and from when. Every rule is
 * checked on every call (so the audit trail shows all of them), the reason given is the most serious
 * denial, and the next allowed time is the earliest instant at which every time-bound rule lets the
 * call through: flags and an unknown location have none.
 *
 * <p>Pure and thread-safe: all facts come through the ports, the clock through {@code now}.
 */
public final class ComplianceGate {
    /** History read per decision: the seven-day window in the earliest zone, with a margin. */
    private static final Duration HISTORY = Duration.ofDays(CallFrequencyRule.PERIOD_DAYS + 2);

    private final ContactHistory history;
    private final CustomerFlags flags;
    private final CustomerLocations locations;
    private final PhoneNumberZones phoneZones;
    private final InconvenientTimes inconvenientTimes;

    public ComplianceGate(ContactHistory history, CustomerFlags flags, CustomerLocations locations,
            PhoneNumberZones phoneZones, InconvenientTimes inconvenientTimes) {
        this.history = history;
        this.flags = flags;
        this.locations = locations;
        this.phoneZones = phoneZones;
        this.inconvenientTimes = inconvenientTimes;
    }

    public GateDecision decide(CallRequest request, Instant now) {
        List<RuleCheck> checks = new ArrayList<>();
        checks.add(flagCheck(request, now));

        Optional<CustomerAddress> address = locations.addressOf(request.customerId());
        Set<ZoneId> numberZones = phoneZones.zonesOf(request.phoneNumber());
        Set<ZoneId> zones = ConsumerZones.of(address.map(CustomerAddress::zone), numberZones);
        Map<String, String> where = new LinkedHashMap<>();
        where.put("address", address.map(a -> a.state() + " " + a.zone()).orElse("unknown"));
        where.put("number " + request.phoneNumber(),
                numberZones.isEmpty() ? "area code unknown" : numberZones.toString());
        where.put("zones applied", zones.toString());
        checks.add(zones.isEmpty()
                ? RuleCheck.denied(ComplianceRule.CONSUMER_LOCATION, DenialReason.LOCATION_UNKNOWN, Optional.empty(),
                        where)
                : RuleCheck.passed(ComplianceRule.CONSUMER_LOCATION, where));

        List<ContactAttempt> calls = history.callsAbout(request.accountId(), now.minus(HISTORY));
        List<InconvenientTime> stated = inconvenientTimes.inconvenientTimesOf(request.customerId());
        if (!zones.isEmpty()) {
            checks.add(CallFrequencyRule.afterConversation(calls, zones, now));
            checks.add(CallFrequencyRule.sevenInSeven(calls, zones, now));
            checks.add(hoursCheck(ComplianceRule.CALLING_HOURS, zones, List.of(), now));
            checks.add(hoursCheck(ComplianceRule.STATED_INCONVENIENT_TIMES, zones, stated, now));
        }

        Optional<DenialReason> reason = checks.stream().flatMap(check -> check.reason().stream())
                .min(Enum::compareTo);
        Optional<Instant> next = reason.isPresent() ? nextAllowed(checks, zones, stated, now) : Optional.empty();
        return new GateDecision(request, now, reason, next, zones, checks);
    }

    private RuleCheck flagCheck(CallRequest request, Instant now) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Optional<DenialReason> worst = Optional.empty();
        for (CustomerFlag flag : flags.flagsOf(request.customerId())) {
            String label = flag.kind() + flag.phoneNumber().map(number -> " " + number).orElse("")
                    + " set by " + flag.setBy() + " at " + flag.setAt();
            boolean stops = flag.stopsCallTo(request.phoneNumber(), now);
            inputs.put(label, stops
                    ? "active (" + flag.kind().source() + ")"
                    : flag.clearedAt().map(at -> "cleared by " + flag.clearedBy().orElseThrow() + " at " + at)
                            .orElse("other number"));
            if (stops && worst.map(w -> flag.kind().reason().compareTo(w) < 0).orElse(true)) {
                worst = Optional.of(flag.kind().reason());
            }
        }
        if (inputs.isEmpty()) {
            inputs.put("flags", "none");
        }
        return worst.map(r -> RuleCheck.denied(ComplianceRule.CUSTOMER_FLAGS, r, Optional.empty(), inputs))
                .orElseGet(() -> RuleCheck.passed(ComplianceRule.CUSTOMER_FLAGS, inputs));
    }

    private static RuleCheck hoursCheck(ComplianceRule rule, Set<ZoneId> zones, List<InconvenientTime> stated,
            Instant now) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (ZoneId zone : zones) {
            inputs.put("local time " + zone, now.atZone(zone).toOffsetDateTime().toString());
        }
        if (rule == ComplianceRule.STATED_INCONVENIENT_TIMES) {
            inputs.put("customer said", stated.isEmpty()
                    ? "nothing"
                    : stated.stream()
                            .map(s -> s.statement() + " " + s.days() + " (" + s.recordedBy() + ")").toList()
                            .toString());
        }
        boolean legalHours = rule == ComplianceRule.CALLING_HOURS;
        Optional<CallingWindows.Closed> closed = CallingWindows.closedAt(now, zones, legalHours, stated);
        if (closed.isEmpty()) {
            return RuleCheck.passed(rule, inputs);
        }
        inputs.put("closed in", closed.get().zone() + " until " + closed.get().untilLocal());
        return RuleCheck.denied(rule, closed.get().reason(), CallingWindows.nextOpen(now, zones, legalHours, stated),
                inputs);
    }

    /**
     * The frequency rules only relax with time (no new calls are placed while we wait), so the earliest
     * instant they all allow is the latest of their own; from there the calling windows are searched.
     */
    private static Optional<Instant> nextAllowed(List<RuleCheck> checks, Set<ZoneId> zones,
            List<InconvenientTime> stated, Instant now) {
        Instant from = now;
        for (RuleCheck check : checks) {
            if (check.passed()) {
                continue;
            }
            switch (check.rule()) {
                case CALL_FREQUENCY, CONVERSATION_PERIOD -> {
                    Instant open = check.nextAllowedAt().orElseThrow();
                    if (open.isAfter(from)) {
                        from = open;
                    }
                }
                case CALLING_HOURS, STATED_INCONVENIENT_TIMES -> {
                }
                case CUSTOMER_FLAGS, CONSUMER_LOCATION -> {
                    return Optional.empty();
                }
            }
        }
        return CallingWindows.nextOpen(from, zones, true, stated);
    }
}
