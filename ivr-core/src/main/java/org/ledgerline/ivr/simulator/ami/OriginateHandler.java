package org.ledgerline.ivr.simulator.ami;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's {@code Originate} (main/manager.c {@code action_originate} and {@code
 * fast_originate} of Asterisk 20): the same checks and error texts; with {@code Async} a {@code
 * Response: Success} ("Originate successfully queued") at once and the outcome later as an {@code
 * OriginateResponse} event with the ActionID; without it, the answer waits for the outcome. What
 * happens to the call follows the emulator's {@link OriginatePlan}; the ring timeout is not waited
 * out.
 */
final class OriginateHandler {
    private static final Set<String> TRUE_WORDS = Set.of("yes", "true", "y", "t", "1", "on");

    private final AmiEmulator emulator;

    OriginateHandler(AmiEmulator emulator) {
        this.emulator = emulator;
    }

    /** Returns the error text Asterisk would answer with, or null when the request is acceptable. */
    static @Nullable String validate(AmiMessage m) {
        String channel = m.headerOrEmpty("Channel");
        if (channel.isEmpty()) {
            return "Channel not specified";
        }
        if (!m.headerOrEmpty("Priority").isEmpty() && !m.headerOrEmpty("Priority").matches("\\d+")) {
            return "Invalid priority";
        }
        if (!m.headerOrEmpty("Timeout").isEmpty() && !m.headerOrEmpty("Timeout").matches("-?\\d+")) {
            return "Invalid timeout";
        }
        if (channel.indexOf('/') <= 0) {
            return "Invalid channel";
        }
        if (!m.headerOrEmpty("Exten").isEmpty()
                && (m.headerOrEmpty("Context").isEmpty() || m.headerOrEmpty("Priority").isEmpty())) {
            return "Originate with 'Exten' requires 'Context' and 'Priority'";
        }
        return null;
    }

    static boolean isAsync(AmiMessage m) {
        return TRUE_WORDS.contains(m.headerOrEmpty("Async").toLowerCase(Locale.ROOT));
    }

    /**
     * Runs the plan for this request and returns whether the channel answered. Only an asynchronous
     * originate is reported by an OriginateResponse event (Asterisk sends it from fast_originate).
     */
    boolean place(AmiMessage m, boolean async) {
        OriginatePlan plan = emulator.originatePlan();
        String requested = m.headerOrEmpty("Channel");
        String context = m.headerOrEmpty("Context");
        String exten = m.headerOrEmpty("Exten");
        String callerIdNum = callerIdNumber(m.headerOrEmpty("CallerID"));
        String channelId = m.headerOrEmpty("ChannelId");
        String uniqueId = channelId.isEmpty() ? emulator.nextUniqueId() : channelId;
        String actionId = m.headerOrEmpty("ActionID");
        if (plan.outcome() == OriginatePlan.Outcome.FAILED) {
            if (async) {
                emulator.emit(CallEvents.originateResponse(actionId, false, requested, context, exten, 0,
                        channelId.isEmpty() ? "<unknown>" : channelId, callerIdNum));
            }
            return false;
        }
        String name = requested + "-" + emulator.nextChannelSuffix();
        EmulatedCall call = emulator
                .startCall(ChannelSnapshot.down(name, uniqueId, uniqueId, callerIdNum, context, exten));
        boolean answered = plan.outcome() == OriginatePlan.Outcome.ANSWERED;
        switch (plan.outcome()) {
            case ANSWERED -> call.ringFirstLeg().answerFirstLeg();
            case BUSY -> call.firstLegFails(17, "User busy");
            default -> call.ringFirstLeg().firstLegFails(19, "User alerting, no answer");
        }
        if (async) {
            emulator.emit(CallEvents.originateResponse(actionId, answered, answered ? name : requested, context, exten,
                    plan.outcome().reason(), (answered || !channelId.isEmpty()) ? uniqueId : "<unknown>", callerIdNum));
        }
        if (answered) {
            plan.dialplan().accept(call);
        }
        return answered;
    }

    /** Asynchronous originate: acknowledge now, carry out on a virtual thread (as Asterisk's originate thread). */
    void placeLater(AmiEmulatorSession session, AmiMessage answer, AmiMessage m) throws IOException {
        session.send(answer);
        Thread.ofVirtual().name("ami-emulator-originate").start(() -> place(m, true));
    }

    /** The number part of a CallerID header such as {@code "Acme" <5550100>} or {@code 5550100}. */
    private static String callerIdNumber(String callerId) {
        int open = callerId.indexOf('<');
        int close = callerId.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            return callerId.substring(open + 1, close).trim();
        }
        return callerId.trim();
    }
}
