package org.ledgerline.ivr.call;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.ledgerline.storage.call.CallRepository;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.jdbc.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs each call: picks the flow Asterisk asked for, records the call in the ledger (start, the
 * identified account, end and outcome; the Asterisk unique id is the idempotency key) and makes
 * sure every way a call can go wrong still ends sensibly for the caller and for the server.
 *
 * <ul>
 *   <li>unknown flow name: apology, then a person;
 *   <li>the caller hangs up: an INFO line and outcome {@code caller-hung-up}; flows write the
 *       ledger only in single atomic steps, so nothing is left half-written;
 *   <li>the ledger is unreachable when the call starts (its start cannot be written): apology and
 *       a person at once, without trying the flow, which cannot work without the ledger; every
 *       further try would only keep the caller in silence for the pool's connection timeout again;
 *   <li>the ledger becomes unreachable later: apology, then a person, a WARN line; recording the
 *       call's end is best effort then, so a ledger outage never stops the phone line;
 *   <li>the switch connection fails: a WARN line, nothing more can be said to the caller;
 *   <li>a defect in a flow: ERROR with the stack trace, apology, then a person.
 * </ul>
 *
 * <p>{@link #handle} returns the outcome, so the telephony layer can count the calls that ended in
 * error and tell the switch about them.
 *
 * <p>While a call is served, its id is in the logging MDC under {@value #MDC_CALL_ID} (unless the
 * telephony layer already put it there).
 */
public final class CallRunner implements CallHandler {
    public static final String MDC_CALL_ID = "callId";

    private static final Logger log = LoggerFactory.getLogger(CallRunner.class);
    private static final String DIRECTION = "inbound";

    private final Map<String, CallFlow> flows;
    private final CallRepository calls;
    private final PersonHandOff handOff;
    private final Clock clock;

    public CallRunner(Collection<? extends CallFlow> flows, CallRepository calls, PersonHandOff handOff, Clock clock) {
        Map<String, CallFlow> byName = new TreeMap<>();
        for (CallFlow flow : flows) {
            if (byName.putIfAbsent(flow.name(), flow) != null) {
                throw new IllegalArgumentException("two call flows are named '" + flow.name() + "'");
            }
        }
        this.flows = Map.copyOf(byName);
        this.calls = calls;
        this.handOff = handOff;
        this.clock = clock;
    }

    @Override
    public CallOutcome handle(String flowName, CallSession session) {
        boolean ownsMdc = MDC.get(MDC_CALL_ID) == null;
        if (ownsMdc) {
            MDC.put(MDC_CALL_ID, session.callId());
        }
        try {
            return serve(flowName, session);
        } finally {
            if (ownsMdc) {
                MDC.remove(MDC_CALL_ID);
            }
        }
    }

    private CallOutcome serve(String flowName, CallSession session) {
        String callId = session.callId();
        OutcomeTrackingChannel channel = new OutcomeTrackingChannel(session.channel());
        CallSession tracked = new CallSession(callId, session.callerId(), session.channelName(), channel,
                session.startedAt(), session.extension(), session.arguments());

        if (!recordStart(flowName, session)) {
            // No call row exists to end, and another write would only keep the transfer waiting.
            apologise(channel, CallPrompts.LEDGER_UNAVAILABLE);
            log.info("call ended: flow={} outcome={}", flowName, CallOutcome.LEDGER_UNAVAILABLE.code());
            return CallOutcome.LEDGER_UNAVAILABLE;
        }
        CallOutcome outcome = run(flowName, tracked, channel);
        tracked.accountId().ifPresent(accountId -> {
            session.identifiedAs(accountId);
            bestEffort("attach the account to the call", () -> calls.attachAccount(callId, accountId));
        });
        bestEffort("record the call's end", () -> calls.recordEnd(callId, clock.instant(), outcome.code()));
        log.info("call ended: flow={} outcome={}", flowName, outcome.code());
        return outcome;
    }

    /**
     * Writes the call's start. Returns false only when the ledger is unreachable; any other storage
     * failure is logged and the call goes on unrecorded (best effort, as every call write).
     */
    private boolean recordStart(String flowName, CallSession session) {
        try {
            calls.recordStart(session.callId(), DIRECTION, session.channelName(), session.callerId(), flowName,
                    session.startedAt());
            return true;
        } catch (LedgerUnavailableException ledgerDown) {
            log.warn("ledger unavailable at the start of the call, sending the caller to a person: {}",
                    ledgerDown.getMessage());
            return false;
        } catch (StorageException e) {
            log.warn("could not record the call's start in the ledger: {}", e.getMessage());
            return true;
        }
    }

    private CallOutcome run(String flowName, CallSession session, OutcomeTrackingChannel channel) {
        try {
            CallFlow flow = flows.get(flowName);
            if (flow == null) {
                log.warn("no call flow named '{}' (have {}); sending the caller to a person", flowName, flows.keySet());
                handOff.transferBecause(channel, CallPrompts.UNKNOWN_SERVICE);
                return CallOutcome.UNKNOWN_FLOW;
            }
            log.info("call started: flow={} channel={}", flowName, session.channelName());
            flow.handle(session);
            return channel.transferredTo().isPresent() ? CallOutcome.TRANSFERRED : CallOutcome.COMPLETED;
        } catch (CallerHungUpException hungUp) {
            log.info("caller hung up");
            return CallOutcome.CALLER_HUNG_UP;
        } catch (LedgerUnavailableException ledgerDown) {
            log.warn("ledger unavailable, sending the caller to a person: {}", ledgerDown.getMessage());
            apologise(channel, CallPrompts.LEDGER_UNAVAILABLE);
            return CallOutcome.LEDGER_UNAVAILABLE;
        } catch (ChannelFailureException broken) {
            log.warn("connection to the switch failed: {}", broken.getMessage());
            return CallOutcome.CHANNEL_FAILURE;
        } catch (RuntimeException defect) {
            // The last line of defence: the caller still reaches a person and the defect is logged in full.
            log.error("call flow '{}' failed; sending the caller to a person", flowName, defect);
            apologise(channel, CallPrompts.TECHNICAL_PROBLEM);
            return CallOutcome.FAILED;
        }
    }

    private void apologise(CallChannel channel, String reasonKey) {
        try {
            handOff.transferBecause(channel, reasonKey);
        } catch (CallerHungUpException hungUp) {
            log.info("caller hung up during the apology");
        } catch (ChannelFailureException broken) {
            log.warn("could not apologise, the connection to the switch failed: {}", broken.getMessage());
        }
    }

    private static void bestEffort(String what, Runnable ledgerWrite) {
        try {
            ledgerWrite.run();
        } catch (StorageException e) {
            log.warn("could not {} in the ledger: {}", what, e.getMessage());
        }
    }
}
