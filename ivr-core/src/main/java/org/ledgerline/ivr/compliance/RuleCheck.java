package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule's verdict on one call, with the inputs it looked at, so an auditor can redo the decision
 * by hand.
 *
 * @param rule          which rule
 * @param reason        empty when the rule lets the call through
 * @param nextAllowedAt when this rule alone would let the call through, where that is computable
 * @param inputs        what the rule used, in the order it used them (name → value)
 */
public record RuleCheck(ComplianceRule rule, Optional<DenialReason> reason, Optional<Instant> nextAllowedAt,
        Map<String, String> inputs) {

    public RuleCheck {
        Objects.requireNonNull(rule, "rule");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    static RuleCheck passed(ComplianceRule rule, Map<String, String> inputs) {
        return new RuleCheck(rule, Optional.empty(), Optional.empty(), inputs);
    }

    static RuleCheck denied(ComplianceRule rule, DenialReason reason, Optional<Instant> nextAllowedAt,
            Map<String, String> inputs) {
        return new RuleCheck(rule, Optional.of(reason), nextAllowedAt, inputs);
    }

    public boolean passed() {
        return reason.isEmpty();
    }
}
