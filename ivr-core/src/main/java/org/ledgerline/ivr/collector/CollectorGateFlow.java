package org.ledgerline.ivr.collector;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallFlow;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.compliance.CallRequest;
import org.ledgerline.ivr.compliance.ComplianceGate;
import org.ledgerline.ivr.compliance.CustomerAddress;
import org.ledgerline.ivr.compliance.CustomerLocations;
import org.ledgerline.ivr.compliance.GateDecision;
import org.ledgerline.ivr.compliance.PhoneNumbers;
import org.ledgerline.ivr.compliance.RecordingAnnouncement;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.storage.jdbc.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pre-dial gate of a collector's call ({@code AGI(agi://…/gate,${EXTEN})}): who calls, whom, about
 * which debt, and whether the compliance gate lets the call through. The answer goes to the dialplan
 * as channel variables; on a refusal the collector hears why and the dialplan hangs up.
 *
 * <p>Fails closed: {@code LEDGERLINE_GATE=DENY} is the first thing set and {@code ALLOW} the last, only
 * after the decision has been audited; a ledger failure on the way is a refusal
 * ({@link CollectorDenial#CHECK_FAILED}), never an allowed call.
 */
public final class CollectorGateFlow implements CallFlow {
    public static final String NAME = "gate";
    public static final String GATE = "LEDGERLINE_GATE";
    public static final String REASON = "LEDGERLINE_GATE_REASON";
    public static final String ANNOUNCE = "LEDGERLINE_ANNOUNCE";
    public static final String DIAL_NUMBER = "LEDGERLINE_DIAL_NUMBER";
    public static final String CALL_REF = "LEDGERLINE_CALL_REF";
    public static final String ACCOUNT = "LEDGERLINE_ACCOUNT";

    private static final Logger log = LoggerFactory.getLogger(CollectorGateFlow.class);
    /** Asterisk names a channel {@code <tech>/<resource>-<8 hex digits>}; the part before is the endpoint. */
    private static final Pattern CHANNEL_SUFFIX = Pattern.compile("^(.+)-[0-9a-fA-F]{8}$");

    private final CollectorDirectory collectors;
    private final DebtorLookup debtors;
    private final ComplianceGate gate;
    private final RecordingAnnouncement announcement;
    private final CustomerLocations locations;
    private final GateDecisionLog decisions;
    private final GatePrompts prompts;
    private final Clock clock;

    public CollectorGateFlow(CollectorDirectory collectors, DebtorLookup debtors, ComplianceGate gate,
            RecordingAnnouncement announcement, CustomerLocations locations, GateDecisionLog decisions, Say say,
            Clock clock) {
        this.collectors = collectors;
        this.debtors = debtors;
        this.gate = gate;
        this.announcement = announcement;
        this.locations = locations;
        this.decisions = decisions;
        this.prompts = new GatePrompts(say);
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void handle(CallSession session) {
        CallChannel channel = session.channel();
        channel.setVariable(GATE, "DENY");
        Call call = Call.of(session);
        GateVerdict verdict;
        Optional<String> collector = Optional.empty();
        try {
            Optional<GateDecisionLog.Recorded> earlier = decisions.recordedFor(call.callId());
            if (earlier.isPresent()) {
                answerAgain(channel, call, earlier.get());
                return;
            }
            CollectorIdentity identity = collectors.identify(call.device(), session.callerId());
            collector = identity.collector();
            verdict = identity.ambiguousBy().isPresent()
                    ? call.refused(CollectorDenial.AMBIGUOUS_COLLECTOR.name(),
                            CollectorDenial.AMBIGUOUS_COLLECTOR.description(), collector, Optional.empty(),
                            clock.instant()).withRules(
                                    "ambiguous: " + identity.ambiguousBy().get()
                                            + " belongs to more than one active collector")
                    : decide(session, call, collector);
            decisions.record(verdict);
        } catch (StorageException ledgerFailure) {
            log.warn("collector gate could not complete the check, refusing the call: {}", ledgerFailure.getMessage());
            verdict = call.refused(CollectorDenial.CHECK_FAILED.name(), CollectorDenial.CHECK_FAILED.description(),
                    collector, Optional.empty(), clock.instant());
            auditBestEffort(verdict);
        }
        tellDialplan(channel, verdict);
        log.info("collector gate: {} collector={} reason={}", verdict.allowed() ? "ALLOW" : "DENY",
                verdict.collector().orElse("unknown"), verdict.reasonCode().orElse("-"));
        if (!verdict.allowed()) {
            tellCollector(channel, verdict);
        }
    }

    /**
     * A retried AGI of a call already decided (same channel, same unique id): the dialplan and the
     * collector get the recorded decision again; nothing is decided or written anew, so the call's own
     * attempt is never counted against it.
     */
    private void answerAgain(CallChannel channel, Call call, GateDecisionLog.Recorded earlier) {
        GateVerdict verdict = new GateVerdict(call.callRef(), call.callId(), call.device(), earlier.collector(),
                earlier.dialled(), earlier.debtor(), earlier.reasonCode(), "", earlier.announce(),
                "as decided before", Optional.empty(), "", earlier.decidedAt());
        tellDialplan(channel, verdict);
        log.info("collector gate (retried): {} reason={}", verdict.allowed() ? "ALLOW" : "DENY",
                verdict.reasonCode().orElse("-"));
        if (!verdict.allowed()) {
            tellCollector(channel, verdict);
        }
    }

    private GateVerdict decide(CallSession session, Call call, Optional<String> collector) {
        Instant now = clock.instant();
        if (collector.isEmpty()) {
            return call.refused(CollectorDenial.UNKNOWN_COLLECTOR.name(),
                    CollectorDenial.UNKNOWN_COLLECTOR.description(), collector, Optional.empty(), now);
        }
        Optional<String> number = PhoneNumbers.nanpDigits(call.dialled());
        Optional<String> accountText = session.channel().variable(ACCOUNT);
        Optional<DebtorLookup.Debtor> debtor;
        CollectorDenial unknown;
        if (accountText.isPresent()) {
            Optional<Long> account = parseAccount(accountText.get());
            debtor = account.isEmpty() || number.isEmpty()
                    ? Optional.empty()
                    : debtors.byAccount(account.get(), number.get());
            unknown = CollectorDenial.UNKNOWN_ACCOUNT;
        } else {
            debtor = number.flatMap(debtors::byPhoneNumber);
            unknown = CollectorDenial.UNKNOWN_NUMBER;
        }
        if (debtor.isEmpty() || number.isEmpty()) {
            String asked = accountText.map(account -> "click-to-dial account " + account).orElse("no account given");
            return call.refused(unknown.name(), unknown.description(), collector, Optional.empty(), now)
                    .withRules(asked);
        }
        GateDecision decision = gate.decide(
                new CallRequest(collector.get(), debtor.get().customerId(), debtor.get().accountId(), number.get()),
                now);
        Optional<CustomerAddress> address = locations.addressOf(debtor.get().customerId());
        RecordingAnnouncement.Decision announce = announcement.decide(address.map(CustomerAddress::state),
                number.get());
        return new GateVerdict(call.callRef(), call.callId(), call.device(), collector, number.get(), debtor,
                decision.reason().map(Enum::name), decision.plainWords(), announce.announce(), announce.why(),
                decision.nextAllowedAt(), rulesSummary(decision), now);
    }

    private static Optional<Long> parseAccount(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static String rulesSummary(GateDecision decision) {
        return decision.checks().stream()
                .map(check -> check.rule() + "=" + check.reason().map(Enum::name).orElse("passed") + " "
                        + check.inputs())
                .collect(Collectors.joining(", "));
    }

    /** ALLOW is written last, so a call cut off half-way through leaves DENY. */
    private static void tellDialplan(CallChannel channel, GateVerdict verdict) {
        channel.setVariable(CALL_REF, verdict.callRef());
        channel.setVariable(REASON, verdict.reasonCode().orElse(""));
        channel.setVariable(ANNOUNCE, verdict.announce() ? "1" : "0");
        channel.setVariable(ACCOUNT,
                verdict.debtor().map(debtor -> Long.toString(debtor.accountId())).orElse(""));
        channel.setVariable(DIAL_NUMBER, verdict.allowed() ? verdict.dialled() : "");
        if (verdict.allowed()) {
            channel.setVariable(GATE, "ALLOW");
        }
    }

    private void tellCollector(CallChannel channel, GateVerdict verdict) {
        String reason = verdict.reasonCode().orElseThrow();
        channel.play(prompts.refusal(reason));
        Optional<Instant> next = verdict.nextAllowedAt();
        Optional<ZoneId> zone = verdict.debtor().flatMap(this::customerZone);
        if (next.isPresent() && zone.isPresent()) {
            channel.play(prompts.nextAllowed(next.get(), zone.get()));
        }
    }

    /** The address zone: without an address the next allowed time is not spoken (it would need a zone to name). */
    private Optional<ZoneId> customerZone(DebtorLookup.Debtor debtor) {
        try {
            return locations.addressOf(debtor.customerId()).map(CustomerAddress::zone);
        } catch (StorageException ledgerFailure) {
            log.info("could not read the customer's zone to say the next allowed time: {}", ledgerFailure.getMessage());
            return Optional.empty();
        }
    }

    private void auditBestEffort(GateVerdict verdict) {
        try {
            decisions.record(verdict);
        } catch (StorageException ledgerFailure) {
            log.warn("could not audit the refused collector call {}: {}", verdict.callRef(),
                    ledgerFailure.getMessage());
        }
    }

    /** What the switch told us about the call, before any port is asked. */
    private record Call(String callId, String callRef, String device, String dialled) {

        static Call of(CallSession session) {
            String dialled = session.arguments().isEmpty() ? session.extension() : session.arguments().get(0);
            return new Call(session.callId(), callRefOf(session.callId()),
                    endpointOf(session.channelName()), dialled.replaceAll("[^0-9+]", ""));
        }

        GateVerdict refused(String code, String words, Optional<String> collector,
                Optional<DebtorLookup.Debtor> debtor, Instant at) {
            return new GateVerdict(callRef, callId, device, collector, dialled, debtor, Optional.of(code), words, false,
                    "no call is placed", Optional.empty(), "", at);
        }
    }

    /** The call ref (recordings' name, the gate attempt's key) of the call whose collector channel has this id. */
    public static String callRefOf(String collectorChannelId) {
        return "collector-" + collectorChannelId.replaceAll("[^0-9A-Za-z]", "-");
    }

    static String endpointOf(String channelName) {
        Matcher matcher = CHANNEL_SUFFIX.matcher(channelName);
        return matcher.matches() ? matcher.group(1) : channelName;
    }
}
