package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The gate's answer for one call, with everything needed to audit it: the request, the moment it was
 * decided, the zones the consumer may be in, and each rule's verdict with its inputs.
 *
 * @param reason        the reason the collector hears: the first denial in {@link DenialReason} order
 * @param nextAllowedAt the earliest instant every rule lets the call through, when denied and when
 *                      computable (never for a flag or an unknown location: waiting does not fix those)
 * @param zones         the consumer's zones the time rules were applied in (empty when unknown)
 * @param checks        every rule's verdict, passed ones included
 */
public record GateDecision(CallRequest request, Instant decidedAt, Optional<DenialReason> reason,
        Optional<Instant> nextAllowedAt, Set<ZoneId> zones, List<RuleCheck> checks) {

    public GateDecision {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(decidedAt, "decidedAt");
        zones = Set.copyOf(zones);
        checks = List.copyOf(checks);
        if (reason.isEmpty() && nextAllowedAt.isPresent()) {
            throw new IllegalArgumentException("an allowed call has no next-allowed time");
        }
    }

    public boolean allowed() {
        return reason.isEmpty();
    }

    /** Every reason that applies, most serious first; empty when allowed. */
    public List<DenialReason> allReasons() {
        return checks.stream().flatMap(check -> check.reason().stream()).distinct()
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** What the collector hears or reads. */
    public String plainWords() {
        return reason.map(DenialReason::description).orElse("The call may be placed.");
    }

    /** The verdict of one rule. */
    public RuleCheck check(ComplianceRule rule) {
        return checks.stream().filter(check -> check.rule() == rule).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check for " + rule));
    }
}
