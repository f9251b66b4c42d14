package org.ledgerline.ivr.collector;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision of the collector gate, as audited and as told to the dialplan.
 *
 * @param callRef       the name the call's recordings and records carry ({@code LEDGERLINE_CALL_REF})
 * @param callId        Asterisk's unique id of the collector's channel
 * @param device        the calling endpoint, e.g. {@code PJSIP/2001}
 * @param collector     who is calling; empty when the device and caller ID belong to no collector
 * @param dialled       the number as dialled (digits and {@code +} only)
 * @param debtor        the customer and account; empty when unknown
 * @param reasonCode    empty when allowed; else a {@link org.ledgerline.ivr.compliance.DenialReason} or
 *                      {@link CollectorDenial} name
 * @param plainWords    what the collector hears
 * @param announce      whether the customer hears the recording announcement, and why
 * @param nextAllowedAt when waiting fixes a denial, the earliest instant the call may be placed
 * @param rules         each compliance rule's verdict and inputs, for the audit trail; empty when the
 *                      rules were not asked
 */
public record GateVerdict(String callRef, String callId, String device, Optional<String> collector, String dialled,
        Optional<DebtorLookup.Debtor> debtor, Optional<String> reasonCode, String plainWords, boolean announce,
        String announceWhy, Optional<Instant> nextAllowedAt, String rules, Instant decidedAt) {

    public GateVerdict {
        Objects.requireNonNull(callRef, "callRef");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(dialled, "dialled");
        Objects.requireNonNull(plainWords, "plainWords");
        Objects.requireNonNull(announceWhy, "announceWhy");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** The same verdict with {@code rules} as its audited inputs. */
    public GateVerdict withRules(String newRules) {
        return new GateVerdict(callRef, callId, device, collector, dialled, debtor, reasonCode, plainWords, announce,
                announceWhy, nextAllowedAt, newRules, decidedAt);
    }

    public boolean allowed() {
        return reasonCode.isEmpty();
    }

    /** One line for the audit log: the decision, the reason and the rule inputs; no secrets are involved. */
    public String summary() {
        return (allowed() ? "ALLOW" : "DENY " + reasonCode.orElseThrow()) + "; device " + device + "; dialled "
                + dialled + debtor.map(d -> "; customer " + d.customerId() + " account " + d.accountId()).orElse("")
                + "; announce " + announce + " (" + announceWhy + ")"
                + nextAllowedAt.map(at -> "; next allowed " + at).orElse("") + "; decided " + decidedAt
                + (rules.isEmpty() ? "" : "; rules " + rules);
    }
}
