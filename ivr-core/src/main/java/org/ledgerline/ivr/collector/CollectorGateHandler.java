package org.ledgerline.ivr.collector;

import org.ledgerline.ivr.call.CallFlow;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.call.CallOutcome;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.ChannelFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one collector script itself ({@code gate}, or {@code collector-promise}) and hands every
 * other script to the next handler (another of these, and finally the self-serve
 * {@link org.ledgerline.ivr.call.CallRunner}). The collector's scripts need none of what the runner adds
 * for customers' calls: no inbound call row (collector calls are recorded from AMI events), and
 * above all no "transfer to a person" when something fails, which would move the collector's call
 * into the agents' queue. Any failure here ends the AGI with an error outcome instead
 * ({@code AJ_AGISTATUS=FAILED}), and {@code [ledgerline-collectors]} then refuses to dial.
 */
public final class CollectorGateHandler implements CallHandler {
    private static final Logger log = LoggerFactory.getLogger(CollectorGateHandler.class);

    private final CallFlow gate;
    private final CallHandler others;

    /** {@code gate} is the collector's script this handler serves, by its {@link CallFlow#name()}. */
    public CollectorGateHandler(CallFlow gate, CallHandler others) {
        this.gate = gate;
        this.others = others;
    }

    @Override
    public CallOutcome handle(String flowName, CallSession session) {
        if (!gate.name().equals(flowName)) {
            return others.handle(flowName, session);
        }
        try {
            gate.handle(session);
            return CallOutcome.COMPLETED;
        } catch (CallerHungUpException hungUp) {
            log.info("collector hung up during {}", flowName);
            return CallOutcome.CALLER_HUNG_UP;
        } catch (ChannelFailureException broken) {
            log.warn("connection to the switch failed during {}: {}", flowName, broken.getMessage());
            return CallOutcome.CHANNEL_FAILURE;
        } catch (RuntimeException defect) {
            // A defect: the dialplan sees FAILED (the gate's call is not placed), and the stack trace gets it fixed.
            log.error("collector script {} failed", flowName, defect);
            return CallOutcome.FAILED;
        }
    }
}
